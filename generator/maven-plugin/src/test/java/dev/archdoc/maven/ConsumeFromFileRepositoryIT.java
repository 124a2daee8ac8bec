package dev.archdoc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The consumer proof: a team can use archdoc without this reactor. The published modules are
 * deployed (maven-deploy-plugin's deploy-file, from the jars this build just made) to a file
 * repository; then a separate two-module project, with a local repository of its own that starts
 * empty, takes the plugin and the annotations from that file repository only. Third-party
 * artifacts come from the shared ~/.m2, read as a file repository that leaves out every archdoc
 * artifact, and every other repository is mirrored to nowhere: no network, and no archdoc
 * artifact from anywhere but the file repository. Run by surefire in the integration-test phase,
 * after the plugin's jar is packaged.
 */
@DisplayName("a separate project consumes the plugin and the annotations from a file repository")
class ConsumeFromFileRepositoryIT {

  private static final String VERSION = System.getProperty("archdoc.version", "");
  private static final String DEPLOY_PLUGIN = System.getProperty("archdoc.deployPlugin", "");
  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path REACTOR = MODULE.resolve("../..").normalize();
  private static final Path M2 = Path.of(System.getProperty("user.home"), ".m2", "repository");

  @Test
  @DisplayName("deployed to a file repository, the plugin checks a consumer build: drift fails it, and fixed it passes")
  void consumerBuildsFromTheFileRepository() throws Exception {
    assertFalse(VERSION.isEmpty(), "run through Maven: archdoc.version is not set");
    Path work = MODULE.resolve("target/consumer-it");
    deleteTree(work);
    Files.createDirectories(work);
    Path files = work.resolve("file-repo");
    Path thirdParty = thirdPartyView(work.resolve("third-party"));
    Path settings = settings(work.resolve("settings.xml"), files, thirdParty);

    // 1. deploy the published modules, as a release would, to the file repository
    Path deployer = deployer(work.resolve("deployer"), files);
    Run deployed = maven(deployer, settings, work.resolve("deploy-m2"), work.resolve("deploy.log"), "-B", "validate");
    assertEquals(0, deployed.exit(), deployed.log());
    for (String artifact : List.of("archdoc-parent", "archdoc-annotations", "archdoc-doclet", "archdoc-core",
        "archdoc-maven-plugin")) {
      assertTrue(Files.isDirectory(files.resolve("dev/archdoc/" + artifact + "/" + VERSION)), artifact + " not deployed");
    }

    // 2. a consumer project that has never seen this reactor
    Path shop = work.resolve("shop");
    copyTree(MODULE.resolve("src/it/adopt-two-modules"), shop);
    Files.delete(shop.resolve("invoker.properties"));
    Files.delete(shop.resolve("verify.groovy"));
    try (Stream<Path> poms = Files.walk(shop)) {
      for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml")).toList()) {
        Files.writeString(pom, Files.readString(pom).replace("@project.groupId@", "dev.archdoc")
            .replace("@project.artifactId@", "archdoc-maven-plugin").replace("@project.version@", VERSION));
      }
    }
    Path consumerRepository = work.resolve("consumer-m2");
    Run drifted = maven(shop, settings, consumerRepository, work.resolve("consumer-drifted.log"), "-B", "verify");
    String root = shop.toRealPath().toString();
    assertNotEquals(0, drifted.exit(), drifted.log());
    assertTrue(drifted.log().contains("archdoc check of " + root + ": 2 errors"), drifted.log());
    assertTrue(drifted.log().contains("arch-docs/decisions/0001-orders-are-values.md:7: error: "), drifted.log());
    for (String artifact : List.of("archdoc-maven-plugin", "archdoc-annotations")) {
      assertTrue(drifted.log().contains("Downloaded from files: " + url(files) + "/dev/archdoc/" + artifact + "/"),
          artifact + ":\n" + drifted.log());
      Path origin = consumerRepository.resolve("dev/archdoc/" + artifact + "/" + VERSION + "/_remote.repositories");
      assertTrue(Files.readString(origin).lines().filter(line -> !line.startsWith("#"))
          .allMatch(line -> line.endsWith(">files=")), Files.readString(origin));
    }

    // 3. the team fixes the ADR and lowers the layer rule while it adopts the gate: the build passes
    Path adr = shop.resolve("arch-docs/decisions/0001-orders-are-values.md");
    Files.writeString(adr, Files.readString(adr).replace("(code:com.acme.domain.Orders)", "(code:com.acme.domain.Order)"));
    Files.writeString(shop.resolve("archdoc.yml"), Files.readString(shop.resolve("archdoc.yml"))
        + "rules:\n  layer-violation: warning\n");
    Run fixed = maven(shop, settings, consumerRepository, work.resolve("consumer-fixed.log"), "-B", "verify");
    assertEquals(0, fixed.exit(), fixed.log());
    assertTrue(fixed.log().contains("archdoc check of " + root + ": 0 errors, 1 warning"), fixed.log());
    assertTrue(fixed.log().contains("BUILD SUCCESS"), fixed.log());
  }

  private record Run(int exit, String log) {}

  private static Run maven(Path project, Path settings, Path localRepository, Path log, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("maven.home", "/usr/share/maven"), "bin", "mvn").toString());
    command.addAll(List.of("-s", settings.toString(), "-Dmaven.repo.local=" + localRepository));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("Maven did not finish in 10 minutes: " + log);
    }
    return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /**
   * ~/.m2 without any archdoc artifact: a folder of links to its entries, with {@code dev/} holding
   * links to every group but {@code dev/archdoc}, so a stale archdoc in ~/.m2 can never stand in for
   * the file repository's.
   */
  private static Path thirdPartyView(Path view) throws IOException {
    Files.createDirectories(view);
    try (Stream<Path> entries = Files.list(M2)) {
      for (Path entry : entries.toList()) {
        if (entry.getFileName().toString().equals("dev")) {
          Path dev = Files.createDirectories(view.resolve("dev"));
          try (Stream<Path> groups = Files.list(entry)) {
            for (Path group : groups.toList()) {
              if (!group.getFileName().toString().equals("archdoc")) {
                Files.createSymbolicLink(dev.resolve(group.getFileName().toString()), group);
              }
            }
          }
        } else {
          Files.createSymbolicLink(view.resolve(entry.getFileName().toString()), entry);
        }
      }
    }
    return view;
  }

  /** Settings: the file repository first, the third-party view second, everything else mirrored to nowhere. */
  private static Path settings(Path file, Path files, Path thirdParty) throws IOException {
    String repositories = """
            <repository><id>files</id><url>%s</url>
              <releases><enabled>true</enabled></releases><snapshots><enabled>true</enabled></snapshots></repository>
            <repository><id>third-party</id><url>%s</url>
              <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>
              <snapshots><enabled>false</enabled></snapshots></repository>
        """.formatted(url(files), url(thirdParty));
    Files.writeString(file, """
        <settings>
          <mirrors>
            <mirror><id>no-network</id><mirrorOf>external:*</mirrorOf><url>%s</url></mirror>
          </mirrors>
          <profiles>
            <profile>
              <id>consumer</id>
              <repositories>
        %s      </repositories>
              <pluginRepositories>
        %s      </pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles><activeProfile>consumer</activeProfile></activeProfiles>
        </settings>
        """.formatted(url(file.getParent().resolve("nowhere")), repositories,
            repositories.replace("repository>", "pluginRepository>")));
    return file;
  }

  /** A project whose validate phase deploys each published module's pom and jar to {@code files}. */
  private static Path deployer(Path folder, Path files) throws IOException {
    StringBuilder executions = new StringBuilder();
    executions.append(execution("archdoc-parent", REACTOR.resolve("pom.xml"), REACTOR.resolve("pom.xml"), files));
    for (String module : List.of("annotations", "doclet", "core", "maven-plugin")) {
      Path dir = REACTOR.resolve("generator").resolve(module);
      String artifact = "archdoc-" + module;
      Path jar = dir.resolve("target/" + artifact + "-" + VERSION + ".jar");
      assertTrue(Files.isRegularFile(jar), jar + " is missing: run this test in the reactor's verify");
      executions.append(execution(artifact, jar, dir.resolve("pom.xml"), files));
    }
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("pom.xml"), """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>it.archdoc.release</groupId>
          <artifactId>deployer</artifactId>
          <version>1</version>
          <packaging>pom</packaging>
          <build>
            <plugins>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-deploy-plugin</artifactId>
                <version>%s</version>
                <executions>
        %s        </executions>
              </plugin>
            </plugins>
          </build>
        </project>
        """.formatted(DEPLOY_PLUGIN, executions));
    return folder;
  }

  private static String execution(String id, Path file, Path pom, Path files) {
    return """
                  <execution>
                    <id>%s</id>
                    <phase>validate</phase>
                    <goals><goal>deploy-file</goal></goals>
                    <configuration>
                      <file>%s</file>
                      <pomFile>%s</pomFile>
                      <repositoryId>files</repositoryId>
                      <url>%s</url>
                    </configuration>
                  </execution>
        """.formatted(id, file, pom, url(files));
  }

  /** A folder's file URL, without the trailing slash (Maven logs the URL as written). */
  private static String url(Path folder) {
    return folder.toUri().toString().replaceAll("/$", "");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) { // walk does not follow links: ~/.m2 is never touched
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
