// Live charts with uPlot (served from its WebJar). Times are seconds since the epoch on the stream's time base.
// Points arrive already decimated by the server (min/max per column); null values are gaps and stay gaps.
import uPlot from '/vendor/uplot/uPlot.esm.js';

const AXIS = { stroke: '#8b949e', grid: { stroke: '#30363d', width: 1 }, ticks: { stroke: '#30363d' } };

// A rolling window of points: t[] and one value array per channel.
export class TraceBuffer {
    constructor(channels, windowSeconds) {
        this.windowSeconds = windowSeconds;
        this.t = [];
        this.v = Array.from({ length: channels }, () => []);
        this.dirty = false;
    }

    append(times, channelValues) {
        if (times.length === 0) {
            return;
        }
        if (this.t.length > 0 && times[0] < this.t[this.t.length - 1]) {
            // The stream restarted or went back in time: start over rather than draw backwards.
            this.t = [];
            this.v = this.v.map(() => []);
        }
        for (let i = 0; i < times.length; i++) {
            this.t.push(times[i]);
        }
        for (let c = 0; c < this.v.length; c++) {
            const values = channelValues[c] ?? [];
            for (let i = 0; i < times.length; i++) {
                this.v[c].push(values[i] ?? null);
            }
        }
        const oldest = this.t[this.t.length - 1] - this.windowSeconds;
        let drop = 0;
        while (drop < this.t.length && this.t[drop] < oldest) {
            drop++;
        }
        if (drop > 0) {
            this.t.splice(0, drop);
            this.v.forEach(values => values.splice(0, drop));
        }
        this.dirty = true;
    }

    last() {
        return this.t.length ? this.t[this.t.length - 1] : null;
    }
}

function sized(element, height, options) {
    const width = Math.max(100, element.clientWidth || 220);
    return { ...options, width, height };
}

function watchSize(element, plot, height) {
    new ResizeObserver(() => plot.setSize({ width: Math.max(100, element.clientWidth), height })).observe(element);
}

// One channel's trace in a tile: no axes, no legend, no cursor.
export function tileTrace(element, height) {
    const plot = new uPlot(sized(element, height, {
        legend: { show: false }, cursor: { show: false }, select: { show: false },
        scales: { x: { time: true } },
        axes: [{ show: false }, { show: false }],
        series: [{}, { stroke: '#3fb950', width: 1, spanGaps: false, points: { show: false } }],
    }), [[], []], element);
    watchSize(element, plot, height);
    return plot;
}

// One channel of the detail view, with time and µV axes.
export function detailTrace(element, label, height) {
    const plot = new uPlot(sized(element, height, {
        legend: { show: false }, cursor: { drag: { x: false, y: false } },
        scales: { x: { time: true } },
        axes: [{ ...AXIS }, { ...AXIS, label: label + ' (µV)', size: 60 }],
        series: [{}, { stroke: '#58a6ff', width: 1, spanGaps: false, points: { show: false } }],
    }), [[], []], element);
    watchSize(element, plot, height);
    return plot;
}

// Probability trend with the threshold line, detected onsets (red lines) and ground truth (green bands).
export function trend(element, height, marks) {
    const draw = u => {
        const { ctx, bbox } = u;
        ctx.save();
        for (const band of marks.truth) {
            const x0 = u.valToPos(band.from, 'x', true);
            const x1 = u.valToPos(band.to, 'x', true);
            ctx.fillStyle = 'rgba(46, 160, 67, 0.25)';
            ctx.fillRect(Math.max(bbox.left, x0), bbox.top, Math.max(2, Math.min(bbox.left + bbox.width, x1) - x0),
                bbox.height);
        }
        ctx.setLineDash([]);
        ctx.strokeStyle = '#f85149';
        ctx.lineWidth = 2;
        for (const onset of marks.onsets) {
            const x = u.valToPos(onset, 'x', true);
            if (x >= bbox.left && x <= bbox.left + bbox.width) {
                ctx.beginPath();
                ctx.moveTo(x, bbox.top);
                ctx.lineTo(x, bbox.top + bbox.height);
                ctx.stroke();
            }
        }
        ctx.restore();
    };
    const plot = new uPlot(sized(element, height, {
        legend: { show: true },
        scales: { x: { time: true }, y: { range: [0, 1] } },
        axes: [{ ...AXIS }, { ...AXIS, label: 'probability', size: 60 }],
        series: [{},
            { label: 'probability', stroke: '#f0883e', width: 2, spanGaps: false, points: { show: false } },
            { label: 'threshold', stroke: '#e6edf3', width: 1, dash: [6, 4], points: { show: false } }],
        hooks: { draw: [draw] },
    }), [[], [], []], element);
    watchSize(element, plot, height);
    return plot;
}

// Band-power shares of the first channel: one line per band, 0..1.
export function bands(element, height) {
    const colours = ['#a371f7', '#58a6ff', '#3fb950', '#d29922', '#f85149'];
    const names = ['delta', 'theta', 'alpha', 'beta', 'gamma'];
    const plot = new uPlot(sized(element, height, {
        legend: { show: true },
        scales: { x: { time: true }, y: { range: [0, 1] } },
        axes: [{ ...AXIS }, { ...AXIS, label: 'share', size: 60 }],
        series: [{}, ...names.map((label, i) => ({ label, stroke: colours[i], width: 2, points: { show: false } }))],
    }), [[], [], [], [], [], []], element);
    watchSize(element, plot, height);
    return plot;
}

// Shows the last `windowSeconds` of a buffer channel in a plot.
export function show(plot, buffer, channel, windowSeconds) {
    const last = buffer.last();
    plot.setData([buffer.t, buffer.v[channel]], true);
    if (last !== null) {
        plot.setScale('x', { min: last - windowSeconds, max: last });
    }
}
