/**
 * Not API: may change in any release. How Local ByteNite runs a job: the partitioner, one app task
 * per chunk on a bounded pool, the assembler, each as a subprocess or an in-process Java
 * component, with timeouts and abort.
 */
package com.bytenite.sdk.local.internal.run;
