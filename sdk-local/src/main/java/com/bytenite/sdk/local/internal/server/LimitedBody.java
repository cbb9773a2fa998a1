package com.bytenite.sdk.local.internal.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body that fails with 413 as soon as more than {@code limit} bytes have been read. */
final class LimitedBody extends FilterInputStream {
    private final long limit;
    private long read;
    private boolean finished;

    LimitedBody(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        } else {
            finished = true;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        } else if (n < 0) {
            finished = true;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    /** Whether the body was read to its end. */
    boolean finished() {
        return finished;
    }

    private void count(long n) {
        read += n;
        if (read > limit) {
            throw BodyLimits.tooLarge(limit);
        }
    }
}
