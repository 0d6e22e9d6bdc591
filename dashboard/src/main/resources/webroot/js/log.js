// Event tables (the log and a subject's history) and the log's filters and export links.
import { getJson } from './api.js';
import { $, isAlarm, text, time } from './util.js';

export function renderEventRows(body, events, withSubject, canAcknowledge, acknowledge) {
    body.replaceChildren(...events.map(e => {
        const row = document.createElement('tr');
        row.dataset.id = e.id;
        row.className = 'p-' + e.priority;
        row.append(text('td', '', time(e.onset_us)));
        if (withSubject) {
            row.append(text('td', '', e.subject + (e.simulated ? ' (sim)' : '')));
        }
        const channel = e.channel === null ? 'all' : e.channel + (e.channel_label ? ' ' + e.channel_label : '');
        row.append(text('td', '', channel), text('td', '', e.kind));
        if (withSubject) {
            row.append(text('td', '', e.priority));
        }
        const acknowledged = e.acknowledged_by
            ? e.acknowledged_by + ' at ' + new Date(e.acknowledged_ms).toLocaleString() : (isAlarm(e) ? 'no' : '');
        row.append(text('td', '', e.kind.startsWith('seizure') ? e.peak_probability.toFixed(2) : ''),
            text('td', '', e.detail), text('td', 'ack', acknowledged));
        const cell = text('td', '');
        if (canAcknowledge && isAlarm(e) && !e.acknowledged_by) {
            const button = text('button', 'ack-button', 'Acknowledge');
            button.type = 'button';
            button.dataset.id = e.id;
            button.addEventListener('click', () => acknowledge(e.id));
            cell.append(button);
        }
        row.append(cell);
        return row;
    }));
}

function query() {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData($('log-filters')).entries()) {
        if (value) {
            params.set(name, name === 'from' || name === 'to' ? new Date(value).toISOString() : value);
        }
    }
    const text = params.toString();
    return text ? '?' + text : '';
}

export async function loadLog(canAcknowledge, acknowledge) {
    const q = query();
    $('export-csv').href = '/api/events.csv' + q;
    $('export-tsv').href = '/api/events.tsv' + q;
    const events = await getJson('/api/events' + q);
    renderEventRows($('log-table').querySelector('tbody'), events, true, canAcknowledge, acknowledge);
}
