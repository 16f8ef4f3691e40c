package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The parent POM carries what Maven Central requires of a published artifact, and a release profile that
 * signs and publishes, so that a release is one command away ({@code mvn -P release deploy}).
 */
class PublishingMetadataTest {
  private static final Path PARENT = Path.of("..", "pom.xml");

  @Test
  void theParentPomHasCentralsRequiredMetadataAndAReleaseProfile() throws Exception {
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(PARENT.toFile());
    XPath x = XPathFactory.newInstance().newXPath();
    for (String required : new String[] {"groupId", "name", "description", "url", "licenses/license/name",
        "developers/developer/name", "scm/url", "scm/connection"}) {
      assertThat(x.evaluate("/*[local-name()='project']/" + local(required), pom)).as(required).isNotBlank();
    }
    String release = "/*[local-name()='project']/*[local-name()='profiles']/*[local-name()='profile']"
        + "[*[local-name()='id']='release']//*[local-name()='artifactId']";
    assertThat(x.evaluate("count(" + release + "[.='maven-gpg-plugin'])", pom)).isEqualTo("1");
    assertThat(x.evaluate("count(" + release + "[.='central-publishing-maven-plugin'])", pom)).isEqualTo("1");
    String build = "/*[local-name()='project']/*[local-name()='build']/*[local-name()='plugins']//*[local-name()='artifactId']";
    assertThat(x.evaluate("count(" + build + "[.='maven-source-plugin'])", pom)).isEqualTo("1");
    assertThat(x.evaluate("count(" + build + "[.='maven-javadoc-plugin'])", pom)).isEqualTo("1");
  }

  @Test
  void eachJarNamesItsJavaModuleAndThePublishedJavadocLeavesOutTheInternalPackage() throws Exception {
    String parent = java.nio.file.Files.readString(PARENT);
    assertThat(parent).contains("<Automatic-Module-Name>${parallax.moduleName}</Automatic-Module-Name>")
        .contains("<excludePackageNames>dev.parallax.internal</excludePackageNames>");
    for (String module : new String[] {"core", "cli", "embeddings", "spark", "examples", "bench"}) {
      assertThat(java.nio.file.Files.readString(Path.of("..", module, "pom.xml"))).as(module)
          .contains("<parallax.moduleName>dev.parallax." + module + "</parallax.moduleName>");
    }
  }

  private static String local(String path) {
    StringBuilder sb = new StringBuilder();
    for (String step : path.split("/")) {
      sb.append(sb.length() == 0 ? "" : "/").append("*[local-name()='").append(step).append("']");
    }
    return sb.toString();
  }
}
