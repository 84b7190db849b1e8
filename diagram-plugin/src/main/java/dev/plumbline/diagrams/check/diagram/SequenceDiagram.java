package dev.plumbline.diagrams.check.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered interaction between participants.
 *
 * @param participants participants in display order: order of first appearance, whether by
 *                     declaration or by use in a message, as both tools lay them out
 * @param items        the top-level items in source order; fragments nest further items
 * @param autonumber   whether messages are numbered automatically
 */
public record SequenceDiagram(List<Participant> participants, List<SequenceItem> items, boolean autonumber)
        implements DiagramModel {

    public SequenceDiagram {
        participants = List.copyOf(participants);
        items = List.copyOf(items);
    }

    public Optional<Participant> participant(String id) {
        Objects.requireNonNull(id, "id");
        return participants.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Every message, including those inside fragments, in source order. */
    public List<Message> messages() {
        List<Message> messages = new ArrayList<>();
        // Explicit stack: fragments may nest deeper than a recursive walk should go.
        Deque<Iterator<SequenceItem>> pending = new ArrayDeque<>();
        pending.push(items.iterator());
        while (!pending.isEmpty()) {
            Iterator<SequenceItem> current = pending.peek();
            if (!current.hasNext()) {
                pending.pop();
                continue;
            }
            SequenceItem item = current.next();
            if (item instanceof Message message) {
                messages.add(message);
            } else if (item instanceof Fragment fragment) {
                pending.push(fragment.branches().stream().flatMap(b -> b.items().stream()).iterator());
            }
        }
        return List.copyOf(messages);
    }
}
