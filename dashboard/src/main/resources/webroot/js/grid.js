// The grid of subject tiles: name, SIMULATED badge, state, probability, time since the last event, a live trace.
import { $, STATE_TEXT, probability, since, text } from './util.js';
import { TraceBuffer, show, tileTrace } from './charts.js';

const GRID_SECONDS = 10;

export class Grid {
    constructor(latched) {
        this.latched = latched;     // key -> 'high' | 'medium' | null
        this.subjects = new Map();  // key -> { view, tile, buffer, plot }
    }

    view(key) {
        return this.subjects.get(key)?.view ?? null;
    }

    update(view) {
        const entry = this.subjects.get(view.key) ?? this.create(view);
        entry.view = view;
        this.render(entry);
    }

    create(view) {
        const tile = document.createElement('div');
        tile.className = 'tile';
        tile.dataset.key = view.key;
        const head = text('div', 'tile-head');
        head.append(text('span', 'tile-name', view.subject));
        if (view.simulated) {
            head.append(text('span', 'badge sim', 'SIMULATED'));
        }
        const row = text('div', 'tile-row');
        row.append(text('span', 'tile-state'), text('span', 'tile-prob'));
        const trace = text('div', 'tile-trace');
        tile.append(head, row, text('div', 'tile-since'), trace);
        tile.addEventListener('click', () => { location.hash = '#/subject/' + encodeURIComponent(view.key); });
        const after = [...$('grid').children].find(child => child.dataset.key > view.key);
        $('grid').insertBefore(tile, after ?? null);
        $('grid-empty').hidden = true;
        const entry = { view, tile, buffer: new TraceBuffer(1, GRID_SECONDS), plot: tileTrace(trace, 56) };
        this.subjects.set(view.key, entry);
        return entry;
    }

    render(entry) {
        const { view, tile } = entry;
        const latched = this.latched(view.key);
        tile.className = 'tile s-' + view.state + (latched ? ' latched-' + latched : '');
        tile.dataset.state = view.state;
        tile.querySelector('.tile-state').textContent = STATE_TEXT[view.state] ?? view.state;
        tile.querySelector('.tile-prob').textContent = probability(view.probability);
        tile.querySelector('.tile-since').textContent = since(view.last_event_ms);
    }

    renderAll() {
        this.subjects.forEach(entry => this.render(entry));
    }

    onTrace(message) {
        this.subjects.get(message.key)?.buffer.append(message.t, [message.v[0]]);
    }

    draw() {
        for (const entry of this.subjects.values()) {
            if (entry.buffer.dirty) {
                show(entry.plot, entry.buffer, 0, GRID_SECONDS);
                entry.buffer.dirty = false;
            }
        }
    }
}
