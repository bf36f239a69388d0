// OpenTelemetry traces, only when an OTLP endpoint is configured: @vercel/otel registers a tracer
// provider and exports over OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT (its /v1/traces), with
// Next.js's own spans (each request, each render, each fetch). The standard OTEL_* variables
// (OTEL_EXPORTER_OTLP_HEADERS, OTEL_EXPORTER_OTLP_PROTOCOL, OTEL_TRACES_SAMPLER…) are read by the
// exporter itself. Without the endpoint nothing is loaded.
import type { Config } from '@/config/env'

/** Registers tracing if configured; returns whether it did. Called by instrumentation.ts. */
export async function registerTracing(
  env: Pick<Config, 'OTEL_EXPORTER_OTLP_ENDPOINT' | 'OTEL_SERVICE_NAME'>,
): Promise<boolean> {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return false
  const { registerOTel } = await import('@vercel/otel')
  registerOTel({ serviceName: env.OTEL_SERVICE_NAME })
  return true
}
