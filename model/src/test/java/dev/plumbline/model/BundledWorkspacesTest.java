package dev.plumbline.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.structurizr.view.View;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledWorkspacesTest {

    @Test
    void every_bundled_workspace_loads_and_validates_clean() throws Exception {
        List<ModelWorkspace> all = Workspaces.bundled();

        assertThat(all).hasSize(6);
        // Plumbline's own workspaces are held to every model rule as an error.
        assertThat(Workspaces.validate(all, Rules.STRICT)).extracting(Finding::toString).isEmpty();
    }

    @Test
    void the_seed_documents_give_51_views_each_with_a_title() throws Exception {
        List<View> seedViews = Workspaces.bundled().stream()
                .flatMap(w -> w.views().stream())
                .filter(v -> v.getProperties().containsKey("plumbline.seed"))
                .toList();

        assertThat(seedViews).hasSize(51);
        assertThat(seedViews).allSatisfy(v -> assertThat(v.getTitle()).as(v.getKey()).isNotBlank());
    }
}
