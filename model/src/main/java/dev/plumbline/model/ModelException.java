package dev.plumbline.model;

import java.util.List;
import java.util.stream.Collectors;

/** A workspace could not be loaded; {@link #findings()} says where and why, one line each. */
public final class ModelException extends Exception {

    private final List<Finding> findings;

    public ModelException(List<Finding> findings) {
        super(findings.stream().map(Finding::toString).collect(Collectors.joining(System.lineSeparator())));
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
