package dev.plumbline.diagrams.render;

import java.util.List;

/**
 * What every renderer does, whatever draws the pictures: diagrams in, one {@link RenderResult} per diagram out, in
 * the order given. A diagram the renderer rejects is a {@link RenderResult.Failed}, never an exception; an exception
 * means the renderer itself broke (its worker JVMs or its browser died).
 */
public interface DiagramRenderer extends AutoCloseable {

    /** Renders all requests, as many at a time as the renderer can; results in request order. */
    List<RenderResult> renderAll(List<DiagramRequest> requests);

    /** Renders one diagram. */
    default RenderResult render(DiagramRequest request) {
        return renderAll(List.of(request)).get(0);
    }

    /** Stops whatever the renderer started; nothing it started runs afterwards. */
    @Override
    void close();
}
