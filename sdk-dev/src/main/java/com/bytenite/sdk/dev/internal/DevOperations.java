package com.bytenite.sdk.dev.internal;

import com.bytenite.sdk.core.spi.Operation;

/**
 * The Developer API's operations and whether each is safe to repeat (the retry table in the
 * README). Names are {@code dev.<operationId>} from {@code specs/dev.json}.
 */
public final class DevOperations {
    public static final Operation LIST_APPS = Operation.idempotent("dev.listApps");
    /** Pushing creates or overwrites a version: never replayed once sent. */
    public static final Operation PUSH_APP = Operation.nonIdempotent("dev.pushApp");
    public static final Operation GET_APP = Operation.idempotent("dev.getApp");
    public static final Operation ACTIVATE_APP = Operation.idempotent("dev.activateApp");
    public static final Operation DEACTIVATE_APP = Operation.idempotent("dev.deactivateApp");
    public static final Operation DOWNLOAD_APP = Operation.idempotent("dev.downloadApp");
    public static final Operation GET_APP_STATUS = Operation.idempotent("dev.getAppStatus");
    public static final Operation LIST_ENGINES = Operation.idempotent("dev.listEngines");
    public static final Operation PUSH_ENGINE = Operation.nonIdempotent("dev.pushEngine");
    public static final Operation GET_ENGINE = Operation.idempotent("dev.getEngine");
    public static final Operation ACTIVATE_ENGINE = Operation.idempotent("dev.activateEngine");
    public static final Operation DEACTIVATE_ENGINE = Operation.idempotent("dev.deactivateEngine");
    public static final Operation DOWNLOAD_ENGINE = Operation.idempotent("dev.downloadEngine");
    public static final Operation GET_ENGINE_STATUS = Operation.idempotent("dev.getEngineStatus");
    public static final Operation GET_INFO = Operation.idempotent("dev.getInfo");
    public static final Operation LIST_TEMPLATES = Operation.idempotent("dev.listTemplates");
    public static final Operation PUSH_TEMPLATE = Operation.nonIdempotent("dev.pushTemplate");
    public static final Operation GET_TEMPLATE = Operation.idempotent("dev.getTemplate");

    private DevOperations() {
    }
}
