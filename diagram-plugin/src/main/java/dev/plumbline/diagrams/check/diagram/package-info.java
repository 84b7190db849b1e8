/**
 * The neutral, immutable picture of a diagram found in the docs, whatever its notation (PlantUML or
 * Mermaid), so that the drift check compares one shape of data with the model.
 *
 * <p>Every item carries the 1-based line of its source inside the diagram text; whoever knows where the
 * diagram sits in a file adds that offset.
 */
package dev.plumbline.diagrams.check.diagram;
