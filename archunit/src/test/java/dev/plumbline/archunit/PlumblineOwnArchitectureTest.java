package dev.plumbline.archunit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dog food: Plumbline's own model (plumbline.dsl) holds this module's and the model module's code to the model. Both
 * modules' main classes are on this test's class path; the plugin's are not, so only these two containers are checked
 * here (the model module cannot run the rules itself: this module depends on it).
 */
@AnalyzeClasses(packages = {"dev.plumbline.model", "dev.plumbline.archunit"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class PlumblineOwnArchitectureTest {

    private static final PlumblineModel PLUMBLINE = PlumblineModel.loadResource("plumbline/workspaces/plumbline.dsl");

    @ArchTest
    static final ArchRule modules_depend_only_as_the_container_view_says =
            PLUMBLINE.containersOf("plumbline").only("model", "archunit").codeMatchesModel();

    @ArchTest
    static final ArchRule every_package_of_the_model_module_is_a_component =
            PLUMBLINE.componentsOf("model").codeMatchesModel();

    @ArchTest
    static final ArchRule every_package_of_the_archunit_module_is_a_component =
            PLUMBLINE.componentsOf("archunit").codeMatchesModel();
}
