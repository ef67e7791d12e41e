package uk.police.wm.rcs.platform.tracing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import uk.police.wm.rcs.platform.config.TracingConfig;

/**
 * Which traces are kept: a trace starts at a request, a consumed event or a job, never at a database statement or a
 * call made outside one (the relay's polls, the purges, a token key fetch), which would each make a trace of one
 * span; new traces are kept at {@code rcs.tracing.sample-ratio}, continued ones follow their parent.
 */
@ApplicationScoped
public class TraceSampling {

    @Produces
    @Singleton
    Sampler sampler(TracingConfig config) {
        return Sampler.parentBased(new NoOrphanClientSpans(Sampler.traceIdRatioBased(config.sampleRatio())));
    }

    /** For root spans only (inside {@link Sampler#parentBased}): drops client spans, samples the rest. */
    static final class NoOrphanClientSpans implements Sampler {
        private final Sampler roots;

        NoOrphanClientSpans(Sampler roots) {
            this.roots = roots;
        }

        @Override
        public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
                Attributes attributes, List<LinkData> parentLinks) {
            if (spanKind == SpanKind.CLIENT) {
                return SamplingResult.drop();
            }
            return roots.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
        }

        @Override
        public String getDescription() {
            return "NoOrphanClientSpans{" + roots.getDescription() + "}";
        }
    }
}
