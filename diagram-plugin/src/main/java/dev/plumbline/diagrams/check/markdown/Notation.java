package dev.plumbline.diagrams.check.markdown;

/** The diagram language of a block. */
public enum Notation { PLANTUML, MERMAID }
