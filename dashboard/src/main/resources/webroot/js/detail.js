// A subject's detail view: every channel's live trace, the probability trend with threshold, detected onsets and
// ground truth, and the subject's events and truth annotations.
import { getJson } from './api.js';
import { $, STATE_TEXT, probability, text, time } from './util.js';
import { TraceBuffer, bands, detailTrace, show, trend } from './charts.js';
import { renderEventRows } from './log.js';

const DETAIL_SECONDS = 10;
const MAX_SCORES = 720;
const MAX_BAND_POINTS = 300;

export class Detail {
    constructor(key, canAcknowledge, acknowledge) {
        this.key = key;
        this.canAcknowledge = canAcknowledge;
        this.acknowledge = acknowledge;
        this.buffers = null;
        this.plots = [];
        this.scores = [[], [], []];
        this.marks = { truth: [], onsets: [] };
        this.events = [];
        this.truth = [];
        $('detail-traces').replaceChildren();
        $('detail-trend').replaceChildren();
        $('detail-bands').replaceChildren();
        this.bandData = [[], [], [], [], [], []];
        $('detail-events').querySelector('tbody').replaceChildren();
        $('detail-truth').querySelector('tbody').replaceChildren();
        $('detail-name').textContent = key;
        this.trendPlot = trend($('detail-trend'), 200, this.marks);
        this.bandPlot = bands($('detail-bands'), 150);
    }

    destroy() {
        this.plots.forEach(p => p.destroy());
        this.trendPlot.destroy();
        this.bandPlot.destroy();
    }

    addBands(point) {
        point.forEach((value, i) => this.bandData[i].push(value));
        if (this.bandData[0].length > MAX_BAND_POINTS) {
            this.bandData.forEach(values => values.shift());
        }
        this.bandPlot.setData(this.bandData);
    }

    renderHead(view) {
        if (!view) {
            return;
        }
        $('detail-name').textContent = view.subject;
        $('detail-badge').hidden = !view.simulated;
        $('detail-state').className = 'state s-' + view.state;
        $('detail-state').textContent = STATE_TEXT[view.state] ?? view.state;
        $('detail-prob').textContent = 'p ' + probability(view.probability);
        $('detail-problem').hidden = !view.problem;
        $('detail-problem').textContent = view.problem ?? '';
        this.labels = view.channel_labels;
    }

    onTrace(message) {
        if (!this.buffers || this.buffers.v.length !== message.v.length) {
            this.createTraces(message.v.length);
        }
        this.buffers.append(message.t, message.v);
    }

    createTraces(channels) {
        this.plots.forEach(p => p.destroy());
        $('detail-traces').replaceChildren();
        this.buffers = new TraceBuffer(channels, DETAIL_SECONDS);
        this.plots = [];
        for (let c = 0; c < channels; c++) {
            const holder = text('div', 'trace');
            $('detail-traces').append(holder);
            this.plots.push(detailTrace(holder, this.labels?.[c] ?? 'ch ' + c, channels > 4 ? 90 : 130));
        }
    }

    draw() {
        if (this.buffers && this.buffers.dirty) {
            this.plots.forEach((plot, c) => show(plot, this.buffers, c, DETAIL_SECONDS));
            this.buffers.dirty = false;
        }
    }

    onScores(points) {
        this.scores = [points.map(p => p[0]), points.map(p => p[1]), points.map(p => p[2])];
        this.trendPlot.setData(this.scores);
    }

    addScore(point) {
        point.forEach((value, i) => this.scores[i].push(value));
        if (this.scores[0].length > MAX_SCORES) {
            this.scores.forEach(values => values.shift());
        }
        this.trendPlot.setData(this.scores);
    }

    async loadHistory() {
        const simulated = this.key.startsWith('sim/');
        const subject = this.key.substring(this.key.indexOf('/') + 1);
        const [events, truth] = await Promise.all([
            getJson('/api/events?limit=500&subject=' + encodeURIComponent(subject)),
            getJson('/api/truth?key=' + encodeURIComponent(this.key)),
        ]);
        this.events = events.filter(e => e.simulated === simulated);
        this.truth = truth;
        renderEventRows($('detail-events').querySelector('tbody'), this.events, false, this.canAcknowledge,
            this.acknowledge);
        $('detail-truth').querySelector('tbody').replaceChildren(...truth.slice().reverse().map(t => {
            const row = document.createElement('tr');
            const duration = t.duration_s === null ? 'n/a' : t.duration_s + ' s';
            row.append(text('td', '', time(t.onset_us)), text('td', '', duration), text('td', '', t.label),
                text('td', '', t.seizure ? 'yes' : 'no'));
            return row;
        }));
        this.marks.truth = truth.filter(t => t.seizure)
            .map(t => ({ from: t.onset_us / 1e6, to: t.onset_us / 1e6 + (t.duration_s ?? 1) }));
        this.marks.onsets = this.events.filter(e => e.kind === 'seizure_onset').map(e => e.onset_us / 1e6);
        this.trendPlot.redraw();
    }
}
