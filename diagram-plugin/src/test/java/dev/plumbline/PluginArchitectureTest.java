package dev.plumbline;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.plumbline.archunit.PlumblineModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dog food: Plumbline's own model (plumbline.dsl) holds the plugin's code to it, with the rules users run. Every
 * package of the worker is a component there; a new package, or a dependency the component view does not show,
 * fails this test with the DSL line to add.
 */
class PluginArchitectureTest {

    private static final PlumblineModel PLUMBLINE = PlumblineModel.loadResource("plumbline/workspaces/plumbline.dsl");
    private static JavaClasses plugin;

    @BeforeAll
    static void importThePluginsMainClasses() {
        plugin = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.plumbline.maven", "dev.plumbline.diagrams");
    }

    @Test
    void the_mojos_and_the_worker_depend_on_each_other_only_as_the_container_view_says() {
        PLUMBLINE.containersOf("plumbline").only("mojos", "worker").codeMatchesModel().check(plugin);
    }

    @Test
    void every_package_of_the_worker_is_a_component_and_depends_only_as_the_component_view_says() {
        PLUMBLINE.componentsOf("worker").codeMatchesModel().check(plugin);
    }
}
