/** The stage file URLs executors use to move a job's folders to and from its tasks. Not API. */
package com.bytenite.sdk.local.internal.stages;
