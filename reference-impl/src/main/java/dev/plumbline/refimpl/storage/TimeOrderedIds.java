package dev.plumbline.refimpl.storage;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Row ids as UUID version 7 (RFC 9562): the millisecond the row was made, then 74 random bits. Ids made close in
 * time sort close together, so a new row's entry lands in the last page of each index it is in, and that page is
 * written once per commit for all the rows of that moment. Random (version 4) ids put each new row into another page
 * of the index, and H2 writes every changed page whole at each commit: that was most of what a registration's
 * commit cost. The random part keeps them unguessable.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;

    public TimeOrderedIds(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public String next() {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long millis = clock.millis() & 0xFFFF_FFFF_FFFFL;
        long high = millis << 16 | 0x7000L | (random[0] & 0x0FL) << 8 | (random[1] & 0xFFL);
        long low = 0x8000_0000_0000_0000L | (random[2] & 0x3FL) << 56;
        for (int i = 3; i < 10; i++) {
            low |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(high, low).toString();
    }
}
