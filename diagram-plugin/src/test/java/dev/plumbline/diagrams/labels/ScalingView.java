package dev.plumbline.diagrams.labels;

import com.structurizr.Workspace;
import com.structurizr.model.Container;
import com.structurizr.model.SoftwareSystem;
import com.structurizr.view.ContainerView;

/** A container view showing the {@code scaling} perspective, without a format of its own, for label tests. */
public final class ScalingView {

    public final ContainerView view;
    public final Container api;

    public ScalingView() {
        Workspace workspace = new Workspace("Shop", "");
        SoftwareSystem shop = workspace.getModel().addSoftwareSystem("Shop", "Sells things.");
        api = shop.addContainer("API", "Takes orders.", "Java");
        api.addPerspective("scaling", "min: 2, max: 8");
        view = workspace.getViews().createContainerView(shop, "scaling", "");
        view.add(api);
        view.addProperty(ModelLabels.PERSPECTIVE, "scaling");
    }
}
