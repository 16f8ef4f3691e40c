package dev.parallax.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GivenNamesTest {
  private final GivenNames names = GivenNames.standard();

  @Test
  void formalNameAndShortFormsAreOnePerson() {
    assertThat(names.samePerson("james", "jim")).isTrue();
    assertThat(names.samePerson("jimmy", "james")).isTrue();
    assertThat(names.samePerson("michael", "mike")).isTrue();
  }

  @Test
  void unrelatedNamesAreNot() {
    assertThat(names.samePerson("james", "john")).isFalse();
    assertThat(names.samePerson("mark", "robert")).isFalse();
  }

  @Test
  void aNameThatIsAlsoACommonWordCountsForPersonsButNotAsAWord() {
    assertThat(names.samePerson("bill", "william")).isTrue();
    assertThat(names.wordGroups()).noneMatch(g -> g.contains("bill"));
    assertThat(names.wordGroups()).anyMatch(g -> g.containsAll(List.of("william", "billy")));
  }

  @Test
  void aShortFormOfTwoNamesJoinsBoth() {
    assertThat(names.samePerson("sam", "samuel")).isTrue();
    assertThat(names.samePerson("sam", "samantha")).isTrue();
    assertThat(names.samePerson("samuel", "samantha")).isFalse();
  }

  @Test
  void aNameBorneByOneSexSaysWhich() {
    assertThat(names.sexOf("Lisa")).contains(GivenNames.Sex.FEMALE);
    assertThat(names.sexOf("karl")).contains(GivenNames.Sex.MALE);
  }

  @Test
  void aNameGivenToBothSexesSaysNothingButIsStillAGivenName() {
    assertThat(names.sexOf("jordan")).isEmpty();
    assertThat(names.sexOf("harbour")).isEmpty();
    assertThat(names.isGivenName("Alfie")).isTrue(); // a short form, in given-names.txt only
    assertThat(names.isGivenName("Lisa")).isTrue(); // in given-name-genders.txt
    assertThat(names.isGivenName("Harbour")).isFalse();
  }
}
