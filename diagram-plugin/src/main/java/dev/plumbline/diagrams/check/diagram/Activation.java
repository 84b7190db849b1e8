package dev.plumbline.diagrams.check.diagram;

import java.util.Objects;

/**
 * A change to a lifeline: {@code activate}/{@code deactivate}, the {@code +}/{@code -} shorthands,
 * PlantUML {@code create}/{@code destroy}.
 */
public record Activation(String participant, Change change, int line) implements SequenceItem {

    public enum Change { ACTIVATE, DEACTIVATE, CREATE, DESTROY }

    public Activation {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(change, "change");
    }
}
