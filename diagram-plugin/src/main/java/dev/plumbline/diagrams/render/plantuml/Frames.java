package dev.plumbline.diagrams.render.plantuml;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import dev.plumbline.diagrams.render.DiagramProblem;
import dev.plumbline.diagrams.render.ImageFormat;
import dev.plumbline.diagrams.render.plantuml.PlantUmlOptions.Layout;

/**
 * The parent-worker protocol over the worker's stdin/stdout: length-prefixed fields, one request and one reply at
 * a time. Every frame starts with a magic number so that stray output on the worker's stdout is detected instead of
 * being misread as an image.
 */
final class Frames {

    static final int READY = 0x504C5252; // "PLRR"
    static final int REQUEST = 0x504C5251; // "PLRQ"
    static final int REPLY = 0x504C5250; // "PLRP"

    // Large enough for any real SVG/PNG, small enough that a corrupt length cannot exhaust the heap.
    private static final int MAX_FIELD_BYTES = 256 * 1024 * 1024;

    private Frames() {
    }

    record Request(String source, Layout layout, ImageFormat format) {
    }

    /** A worker's answer. {@code retiring} says the worker exits after this reply (its JVM is no longer sound). */
    record Reply(byte[] image, DiagramProblem problem, boolean retiring) {
    }

    static void writeReady(DataOutputStream out) throws IOException {
        out.writeInt(READY);
        out.flush();
    }

    static void readReady(DataInputStream in) throws IOException {
        expect(in, READY);
    }

    static void writeRequest(DataOutputStream out, Request request) throws IOException {
        out.writeInt(REQUEST);
        writeBytes(out, request.source().getBytes(StandardCharsets.UTF_8));
        out.writeInt(request.layout().ordinal());
        out.writeInt(request.format().ordinal());
        out.flush();
    }

    /** The next request, or null when the parent closed the stream: the worker's signal to exit. */
    static Request readRequest(DataInputStream in) throws IOException {
        int magic;
        try {
            magic = in.readInt();
        } catch (EOFException e) {
            return null;
        }
        if (magic != REQUEST) {
            throw new IOException("protocol error: expected a request frame, got 0x" + Integer.toHexString(magic));
        }
        String source = new String(readBytes(in), StandardCharsets.UTF_8);
        Layout layout = Layout.values()[in.readInt()];
        ImageFormat format = ImageFormat.values()[in.readInt()];
        return new Request(source, layout, format);
    }

    static void writeReply(DataOutputStream out, Reply reply) throws IOException {
        out.writeInt(REPLY);
        if (reply.problem() == null) {
            out.writeBoolean(true);
            writeBytes(out, reply.image());
        } else {
            out.writeBoolean(false);
            out.writeInt(reply.problem().kind().ordinal());
            out.writeInt(reply.problem().line());
            writeBytes(out, reply.problem().message().getBytes(StandardCharsets.UTF_8));
        }
        out.writeBoolean(reply.retiring());
        out.flush();
    }

    static Reply readReply(DataInputStream in) throws IOException {
        expect(in, REPLY);
        byte[] image = null;
        DiagramProblem problem = null;
        if (in.readBoolean()) {
            image = readBytes(in);
        } else {
            DiagramProblem.Kind kind = DiagramProblem.Kind.values()[in.readInt()];
            int line = in.readInt();
            problem = new DiagramProblem(kind, line, new String(readBytes(in), StandardCharsets.UTF_8));
        }
        return new Reply(image, problem, in.readBoolean());
    }

    private static void expect(DataInputStream in, int magic) throws IOException {
        int actual = in.readInt();
        if (actual != magic) {
            throw new IOException("protocol error: expected frame 0x" + Integer.toHexString(magic) + ", got 0x"
                    + Integer.toHexString(actual));
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_FIELD_BYTES) {
            throw new IOException("protocol error: field length " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }
}
