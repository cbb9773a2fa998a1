/**
 * Runs Local ByteNite's job stages on a Kubernetes cluster. In progress: the objects a stage maps
 * to ({@code StageJobs}); the executor that creates and follows them comes next.
 */
package com.bytenite.sdk.local.kubernetes;
