package dev.plumbline.diagrams.check.diagram;

/** A parsed diagram: either boxes and lines, or an ordered interaction. */
public sealed interface DiagramModel permits GraphDiagram, SequenceDiagram {
}
