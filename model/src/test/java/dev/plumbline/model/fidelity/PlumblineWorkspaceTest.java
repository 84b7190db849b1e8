package dev.plumbline.model.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import com.structurizr.model.Container;
import dev.plumbline.model.Workspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Plumbline's own architecture: its views, and containers that stay in step with the build's modules. */
class PlumblineWorkspaceTest {

    private static final String WORKSPACE = "plumbline/workspaces/plumbline.dsl";
    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");

    @Test
    void system_context_shows_plumbline_its_users_and_the_tools_it_drives() {
        SeedView.of(WORKSPACE, "plumbline-system-context")
                .hasTitle("Plumbline: system context")
                .hasElements("""
                        Architect or Developer
                        CI
                        Plumbline
                        Maven
                        Structurizr DSL library
                        PlantUML library
                        mermaid-cli and Chromium
                        Git-hosted docs
                        """)
                .hasRelationships("""
                        Architect or Developer -> Git-hosted docs : Writes architecture docs in
                        Architect or Developer -> Maven : Runs mvn plumbline:generate with
                        CI -> Maven : Runs mvn plumbline:check with
                        Maven -> Plumbline : Runs the goals of
                        Plumbline -> Structurizr DSL library : Parses workspaces with
                        Plumbline -> PlantUML library : Renders PlantUML views with
                        Plumbline -> mermaid-cli and Chromium : Renders Mermaid views with
                        Plumbline -> Git-hosted docs : Generates diagrams for, and checks drift of
                        """);
    }

    @Test
    void container_view_splits_the_maven_jvm_from_the_forked_worker() {
        SeedView.of(WORKSPACE, "plumbline-containers")
                .hasTitle("Plumbline: containers")
                .hasElements("""
                        Architect or Developer
                        CI
                        Maven
                        Plumbline Maven Plugin (Java 17, Maven plugin API)
                        Diagram Worker (Java 21, forked JVM)
                        Plumbline Model (Java 21 library)
                        Plumbline ArchUnit Rules (Java 21 library)
                        Plumbline Site (Maven module)
                        Reference Implementation (Java 21, Javalin)
                        Structurizr DSL library
                        PlantUML library
                        mermaid-cli and Chromium
                        Git-hosted docs
                        """)
                .hasRelationships("""
                        Architect or Developer -> Git-hosted docs : Writes architecture docs in
                        Architect or Developer -> Maven : Runs mvn plumbline:generate with
                        CI -> Maven : Runs mvn plumbline:check with
                        Maven -> Plumbline Maven Plugin (Java 17, Maven plugin API) : Executes the generate, check and conformance goals of
                        Plumbline Maven Plugin (Java 17, Maven plugin API) -> Plumbline Maven Plugin (Java 17, Maven plugin API) : Hashes workspaces, docs and configuration
                        Plumbline Maven Plugin (Java 17, Maven plugin API) -> Diagram Worker (Java 21, forked JVM) : Forks on JDK 21 or later
                        Diagram Worker (Java 21, forked JVM) -> Plumbline Model (Java 21 library) : Loads and validates workspaces with
                        Plumbline Model (Java 21 library) -> Structurizr DSL library : Parses workspaces with
                        Plumbline ArchUnit Rules (Java 21 library) -> Plumbline Model (Java 21 library) : Loads workspaces with
                        Diagram Worker (Java 21, forked JVM) -> Plumbline ArchUnit Rules (Java 21 library) : Runs the conformance rules on compiled classes with
                        Reference Implementation (Java 21, Javalin) -> Plumbline Model (Java 21 library) : Compares its runtime traces with the dynamic views read by
                        Diagram Worker (Java 21, forked JVM) -> Diagram Worker (Java 21, forked JVM) : Exports views to PlantUML and Mermaid
                        Diagram Worker (Java 21, forked JVM) -> PlantUML library : Renders PlantUML views to SVG in a pool of child JVMs with
                        Diagram Worker (Java 21, forked JVM) -> mermaid-cli and Chromium : Renders Mermaid views to SVG in one headless browser with
                        Diagram Worker (Java 21, forked JVM) -> Git-hosted docs : Writes generated diagrams to, and checks drift of
                        Plumbline Site (Maven module) -> Plumbline Maven Plugin (Java 17, Maven plugin API) : Runs the generate goal of
                        """);
    }

    @Test
    void archunit_component_view_shows_the_rules_and_the_workspace_api_they_load_with() {
        SeedView.of(WORKSPACE, "plumbline-archunit-components")
                .hasTitle("Plumbline: the ArchUnit rules")
                .hasElements("""
                        Model-driven Rules (Java package)
                        Workspace API (Java package)
                        """)
                .hasRelationships("""
                        Model-driven Rules (Java package) -> Workspace API (Java package) : Loads workspaces and finds DSL lines with
                        """);
    }

    @Test
    void worker_component_view_shows_every_package_of_the_worker() {
        SeedView.of(WORKSPACE, "plumbline-worker-components")
                .hasTitle("Plumbline: the diagram worker")
                .hasElements("""
                        Generate (Java package)
                        Drift Check (Java package)
                        Markdown Scanner (Java package)
                        Diagram Graphs (Java package)
                        Mermaid Reader (Java package)
                        PlantUML Reader (Java package)
                        Generated Blocks (Java package)
                        View Export (Java package)
                        Labels (Java package)
                        Worker Lifecycle (Java package)
                        Atomic Files (Java package)
                        Renderer API (Java package)
                        PlantUML Renderer (Java package)
                        Mermaid Renderer (Java package)
                        Architecture Site (Java package)
                        Architecture Changes (Java package)
                        Markup Safety (Java package)
                        Conformance (Java package)
                        Report Formats (Java package)
                        Baseline (Java package)
                        Live Preview (Java package)
                        """);
    }

    @Test
    void generate_hashes_forks_loads_exports_renders_and_writes_in_that_order() {
        SeedView.of(WORKSPACE, "plumbline-generate")
                .hasTitle("Plumbline: the generate goal")
                .hasSteps("""
                        Architect or Developer -> Maven : mvn plumbline:generate
                        Maven -> Plumbline Maven Plugin (Java 17, Maven plugin API) : Executes the generate goal
                        Plumbline Maven Plugin (Java 17, Maven plugin API) -> Plumbline Maven Plugin (Java 17, Maven plugin API) : Hashes workspaces, docs and configuration
                        Plumbline Maven Plugin (Java 17, Maven plugin API) -> Diagram Worker (Java 21, forked JVM) : Forks a worker JVM on JDK 21 or later
                        Diagram Worker (Java 21, forked JVM) -> Plumbline Model (Java 21 library) : Loads and validates the workspaces
                        Diagram Worker (Java 21, forked JVM) -> Diagram Worker (Java 21, forked JVM) : Exports each view to PlantUML and Mermaid
                        Diagram Worker (Java 21, forked JVM) -> PlantUML library : Renders PlantUML views to SVG unless cached
                        Diagram Worker (Java 21, forked JVM) -> mermaid-cli and Chromium : Renders Mermaid views to SVG unless cached
                        Diagram Worker (Java 21, forked JVM) -> Git-hosted docs : Writes each file atomically (temp file + move)
                        Diagram Worker (Java 21, forked JVM) --> Plumbline Maven Plugin (Java 17, Maven plugin API) : Files written, findings
                        """)
                .hasDirectives("""
                        after 3: note right: Same inputs, same hash:\\nan unchanged build does nothing
                        before 7: group Render with cache
                        after 8: end
                        """);
    }

    @Test
    void containers_name_exactly_the_modules_of_the_root_pom() throws Exception {
        // Surefire runs in the model module's directory; the root pom is one level up.
        Path rootPom = Path.of("..", "pom.xml");
        assertThat(rootPom).as("root pom.xml seen from %s", Path.of("").toAbsolutePath()).isRegularFile();
        Set<String> pomModules = new TreeSet<>();
        Matcher m = MODULE.matcher(Files.readString(rootPom));
        while (m.find()) {
            pomModules.add(m.group(1));
        }

        Set<String> modelModules = new TreeSet<>();
        for (Container container : Workspaces.loadResource(WORKSPACE).structurizr().getModel().getElements().stream()
                .filter(Container.class::isInstance).map(Container.class::cast).toList()) {
            String module = container.getProperties().get("maven.module");
            assertThat(module).as("maven.module of container %s", container.getName()).isNotBlank();
            modelModules.add(module);
        }

        assertThat(pomModules).as("<module> entries of %s", rootPom).isNotEmpty();
        assertThat(modelModules).isEqualTo(pomModules);
    }
}
