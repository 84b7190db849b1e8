package dev.plumbline.diagrams.check.markdown;

import dev.plumbline.model.Finding;
import dev.plumbline.model.Finding.Severity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a documentation file as UTF-8 text, or says precisely why it cannot. */
final class SourceText {

    /** Larger files are not documentation; reading them would only cost memory. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    sealed interface Outcome permits Text, Unreadable {
    }

    record Text(String text) implements Outcome {
    }

    record Unreadable(Finding finding) implements Outcome {
    }

    private SourceText() {
    }

    static Outcome read(Path file, Path shownAs) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return unreadable(shownAs, 1, "file is " + size + " bytes, larger than the "
                        + MAX_BYTES + " bytes a documentation file may have; not scanned");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return unreadable(shownAs, 1, "cannot read file: " + describe(e));
        }
        return decode(bytes, shownAs);
    }

    static Outcome decode(byte[] bytes, Path shownAs) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return unreadable(shownAs, lineAt(bytes, i), "binary content (NUL byte); not scanned");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            return new Text(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            // The decoder stops at the first bad sequence and leaves the buffer there.
            return unreadable(shownAs, lineAt(bytes, in.position()), "not valid UTF-8; not scanned");
        }
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return message == null ? kind : kind + " (" + message + ")";
    }

    private static Unreadable unreadable(Path file, int line, String message) {
        return new Unreadable(new Finding(file, line, Severity.ERROR, message));
    }
}
