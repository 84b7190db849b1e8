package dev.plumbline.diagrams.check.markdown;

import dev.plumbline.model.Finding;
import java.util.List;

/**
 * What scanning found.
 *
 * @param blocks   diagram blocks in file order, then in line order
 * @param findings problems met while looking (unreadable files, unterminated fences...)
 */
public record DiagramScan(List<DiagramBlock> blocks, List<Finding> findings) {

    public DiagramScan {
        blocks = List.copyOf(blocks);
        findings = List.copyOf(findings);
    }
}
