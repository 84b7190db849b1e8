package dev.plumbline.diagrams.labels;

import static org.assertj.core.api.Assertions.assertThat;

import com.structurizr.Workspace;
import com.structurizr.model.Container;
import com.structurizr.model.SoftwareSystem;
import com.structurizr.view.ContainerView;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelLabelsTest {

    private final Workspace workspace = new Workspace("Shop", "");
    private final SoftwareSystem shop = workspace.getModel().addSoftwareSystem("Shop", "Sells things.");
    private final Container api = shop.addContainer("API", "Takes orders.", "Java");
    private final ContainerView view = workspace.getViews().createContainerView(shop, "scaling", "");

    @Test
    void without_a_perspective_an_element_has_name_and_technology() {
        assertThat(ModelLabels.of(api, view)).isEqualTo(new ModelLabels.Parts("API", "Java", Optional.empty()));
    }

    @Test
    void a_perspective_value_is_in_parentheses_unless_the_view_formats_it() {
        api.addPerspective("scaling", "min: 2, max: 8");
        view.addProperty(ModelLabels.PERSPECTIVE, "scaling");

        assertThat(ModelLabels.of(api, view).perspective()).hasValue("(min: 2, max: 8)");

        view.addProperty(ModelLabels.PERSPECTIVE_FORMAT, "[span: {value}]");
        assertThat(ModelLabels.of(api, view).perspective()).hasValue("[span: min: 2, max: 8]");
    }

    @Test
    void an_element_without_a_value_for_the_perspective_has_none() {
        shop.addContainer("DB", "Stores orders.", "PostgreSQL").addPerspective("security", "encrypted");
        view.addProperty(ModelLabels.PERSPECTIVE, "scaling");

        assertThat(ModelLabels.of(api, view).perspective()).isEmpty();
        assertThat(ModelLabels.of(shop.getContainerWithName("DB"), view).perspective()).isEmpty();
    }
}
