package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The credit at the end of a line: one row per shape, with the text it cuts off and what it credits. */
class CreditsTest {
  @ParameterizedTest(name = "[{0}] -> {1} {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "Rescuers search the rubble on Sunday. [Photo/Agency]|[Photo/Agency]|PICTURE",
      "Rescuers search the rubble on Sunday. (Image: Example Wire)|(Image: Example Wire)|PICTURE",
      "Rescuers search the rubble on Sunday (Wire/file photo)|(Wire/file photo)|PICTURE",
      "Rescuers search the rubble on Sunday. (Jane Roe via AP)|(Jane Roe via AP)|PICTURE",
      "Rescuers search the rubble on Sunday. (Jane Roe for AP)|(Jane Roe for AP)|PICTURE",
      "Rescuers search the rubble on Sunday. ((Jane Roe/Wire/Agency))|((Jane Roe/Wire/Agency))|PICTURE",
      "Rescuers search the rubble on Sunday. (Getty Images)|(Getty Images)|PICTURE",
      "Rescuers search the rubble. Photograph: Wire/Agency|Photograph: Wire/Agency|PICTURE",
      "Rescuers search the rubble in the hill town of Norham.Jane Roe via AP|Jane Roe via AP|PICTURE",
      "The toll rose to 300 on Monday. (Via Example News)|(Via Example News)|FOOTAGE",
      "\"It is over,\" he said. (Via Example TV)|(Via Example TV)|FOOTAGE",
      "The toll rose to 300 on Monday. (The Example Press)|(The Example Press)|SOURCE",
      "The toll rose to 300 on Monday. (Reporting by Jane Roe; Editing by John Doe)|(Reporting by Jane Roe; Editing by John Doe)|SOURCE",
      "A handout picture shows the minister on Saturday.\u2014Agency|\u2014Agency|SOURCE",
      "Map locates the harbour town; 2c x 4 inches; \u2014 AP|\u2014 AP|SOURCE",
      "Support for the party stands at 40 percent. (Wire/Pollster)|(Wire/Pollster)|SOURCE",
      "Support for the party stands at 40 percent (Wire/Pollster)|-|-",
      "The quake struck at a depth of 10 kilometres (6 miles)|-|-",
      "LINDBY (Lindwire)|-|-",
      "(Photo: AP)|-|-",
      "The party won 45 seats (Social Democrats)|-|-",
      "The party won 45 seats. (It had 52 before the vote.)|-|-",
      "He said he would sign the papers (video)|-|-",
      "The minister said so on Tuesday \u2014 and again on Friday|-|-",
      "Police said the suspect fled. Officers searched the area|-|-",
      "He posted it on Tuesday via Twitter|-|-",
      "Jane Doe, the harbour master of Lindby Credit: Lindwire|Credit: Lindwire|PICTURE",
      "Boats leave the harbour on Monday. Jane Roe / Lindwire - Getty Images|Jane Roe / Lindwire - Getty Images|PICTURE",
      "Lindby Families Wait For Child Tax Credit: Council Delays Vote|-|-",
      "Rescuers found the harbour master of Lindby Credit: The Story Of A Rescue|-|-",
      "The ferry left at noon. Lindby Harbour Photo|-|-",
      "Harbour reopens in Lindby By JANE DOE and KARL LIND, Lindwire Writers|By JANE DOE and KARL LIND, Lindwire Writers|SOURCE",
      "Lindby By The Sea|-|-",
      "Lindby Mill Bought By ACME GROUP|-|-",
      "Harbour reopens. By JANE DOE, Lindwire Writer|-|-",
      "Mayor Jane Roe. (Credit: Karl Lind)|(Credit: Karl Lind)|PICTURE",
      "The council voted on Monday. (Credit: the council's own figures)|-|-",
  })
  void trailingCredit(String line, String credit, Credits.Kind kind) {
    Credits.Credit c = Credits.trailing(line, 0, line.length());
    if (credit == null) {
      assertThat(c).isNull();
      return;
    }
    assertThat(c).isNotNull();
    assertThat(line.substring(c.start())).isEqualTo(credit);
    assertThat(c.kind()).isEqualTo(kind);
  }
}
