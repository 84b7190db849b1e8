package dev.plumbline.diagrams.check.diagram;

/** One step of a sequence diagram, in source order. */
public sealed interface SequenceItem permits Message, Fragment, Note, Divider, Activation {

    /** 1-based line inside the diagram. */
    int line();
}
