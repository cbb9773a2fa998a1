package com.bytenite.sdk.dev;

import com.bytenite.sdk.core.spi.Operation;
import com.bytenite.sdk.dev.internal.DevOperations;
import com.bytenite.sdk.dev.internal.GeneratedDevApi;
import com.bytenite.sdk.dev.internal.generated.model.PushRequestDto;
import okhttp3.Request;

/**
 * The generated calls and operation names of apps or of engines, so that {@link ComponentsService} runs
 * one implementation of list, get, status, activate, deactivate, push and download for both.
 */
final class ComponentCalls {
    /** Builds the request of a call taking a tag. */
    @FunctionalInterface
    interface ByTag {
        Request call(String tag) throws Exception;
    }

    @FunctionalInterface
    interface ListCall {
        Request call(String orderBy, int limit, int offset, Boolean isPublic) throws Exception;
    }

    @FunctionalInterface
    interface PushCall {
        Request call(PushRequestDto body) throws Exception;
    }

    /** An operation and the request it sends. */
    record Action(Operation op, ByTag call) {
    }

    final ComponentKind kind;
    /** {@code app} / {@code engine}: the answers' wrapper and field prefix. */
    final String singular;
    /** {@code apps} / {@code engines}: the list's array name. */
    final String plural;
    final Operation listOp;
    final ListCall list;
    final Operation getOp;
    final ByTag get;
    final Action status;
    final Action activate;
    final Action deactivate;
    final Operation downloadOp;
    final ByTag download;
    final Operation pushOp;
    final PushCall push;

    private ComponentCalls(ComponentKind kind, Operation listOp, ListCall list, Operation getOp, ByTag get, Action status, Action activate,
            Action deactivate, Operation downloadOp, ByTag download, Operation pushOp, PushCall push) {
        this.kind = kind;
        this.singular = kind == ComponentKind.APP ? "app" : "engine";
        this.plural = singular + "s";
        this.listOp = listOp;
        this.list = list;
        this.getOp = getOp;
        this.get = get;
        this.status = status;
        this.activate = activate;
        this.deactivate = deactivate;
        this.downloadOp = downloadOp;
        this.download = download;
        this.pushOp = pushOp;
        this.push = push;
    }

    static ComponentCalls of(ComponentKind kind, GeneratedDevApi api) {
        return kind == ComponentKind.APP ? apps(api) : engines(api);
    }

    private static ComponentCalls apps(GeneratedDevApi api) {
        var a = api.apps();
        return new ComponentCalls(ComponentKind.APP,
                DevOperations.LIST_APPS, (o, l, off, p) -> a.listAppsCall(o, l, off, p, null).request(),
                DevOperations.GET_APP, t -> a.getAppCall(t, null).request(),
                new Action(DevOperations.GET_APP_STATUS, t -> a.getAppStatusCall(t, null).request()),
                new Action(DevOperations.ACTIVATE_APP, t -> a.activateAppCall(t, null).request()),
                new Action(DevOperations.DEACTIVATE_APP, t -> a.deactivateAppCall(t, null).request()),
                DevOperations.DOWNLOAD_APP, t -> a.downloadAppCall(t, null).request(),
                DevOperations.PUSH_APP, b -> a.pushAppCall(b, null).request());
    }

    private static ComponentCalls engines(GeneratedDevApi api) {
        var e = api.engines();
        return new ComponentCalls(ComponentKind.ENGINE,
                DevOperations.LIST_ENGINES, (o, l, off, p) -> e.listEnginesCall(o, l, off, p, null).request(),
                DevOperations.GET_ENGINE, t -> e.getEngineCall(t, null).request(),
                new Action(DevOperations.GET_ENGINE_STATUS, t -> e.getEngineStatusCall(t, null).request()),
                new Action(DevOperations.ACTIVATE_ENGINE, t -> e.activateEngineCall(t, null).request()),
                new Action(DevOperations.DEACTIVATE_ENGINE, t -> e.deactivateEngineCall(t, null).request()),
                DevOperations.DOWNLOAD_ENGINE, t -> e.downloadEngineCall(t, null).request(),
                DevOperations.PUSH_ENGINE, b -> e.pushEngineCall(b, null).request());
    }
}
