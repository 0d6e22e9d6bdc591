// seizmon dashboard page: one WebSocket for live data, the JSON API for history, uPlot for charts.
import { getJson, postJson, setCsrf } from './api.js';
import { Alarms } from './alarms.js';
import { TraceBuffer, tileTrace, detailTrace, trend, show } from './charts.js';

const GRID_SECONDS = 10;
const DETAIL_SECONDS = 10;
const STATE_TEXT = {
    quiet: 'quiet', seizure: 'seizure', signal_problem: 'signal problem', agent_offline: 'agent offline',
    no_data: 'no data',
};

const $ = id => document.getElementById(id);
const subjects = new Map();     // key -> { view, tile, buffer, plot }
let me = null;
let alarms = null;
let socket = null;
let detail = null;              // { key, buffers, plots, trendPlot, scores, marks }

function text(tag, className, content) {
    const element = document.createElement(tag);
    if (className) {
        element.className = className;
    }
    element.textContent = content ?? '';
    return element;
}

function since(ms) {
    if (ms === null || ms === undefined) {
        return 'no events';
    }
    const seconds = Math.max(0, Math.round((Date.now() - ms) / 1000));
    if (seconds < 60) {
        return 'last event ' + seconds + ' s ago';
    }
    if (seconds < 3600) {
        return 'last event ' + Math.floor(seconds / 60) + ' min ago';
    }
    return 'last event ' + Math.floor(seconds / 3600) + ' h ago';
}

function probability(p) {
    return p === null || p === undefined ? '–' : p.toFixed(2);
}

function time(us) {
    return new Date(us / 1000).toLocaleString();
}

// ---- grid ----

function tileFor(view) {
    let entry = subjects.get(view.key);
    if (!entry) {
        const tile = document.createElement('div');
        tile.className = 'tile';
        tile.dataset.key = view.key;
        const head = document.createElement('div');
        head.className = 'tile-head';
        head.append(text('span', 'tile-name', view.subject));
        if (view.simulated) {
            head.append(text('span', 'badge sim', 'SIMULATED'));
        }
        const row = document.createElement('div');
        row.className = 'tile-row';
        row.append(text('span', 'tile-state'), text('span', 'tile-prob'));
        const trace = text('div', 'tile-trace');
        tile.append(head, row, text('div', 'tile-since'), trace);
        tile.addEventListener('click', () => { location.hash = '#/subject/' + encodeURIComponent(view.key); });
        insertSorted(tile, view.key);
        entry = { view, tile, buffer: new TraceBuffer(1, GRID_SECONDS), plot: tileTrace(trace, 56) };
        subjects.set(view.key, entry);
        $('grid-empty').hidden = true;
    }
    return entry;
}

function insertSorted(tile, key) {
    const after = [...$('grid').children].find(child => child.dataset.key > key);
    $('grid').insertBefore(tile, after ?? null);
}

function updateTile(view) {
    const entry = tileFor(view);
    entry.view = view;
    renderTile(entry);
    if (detail && detail.key === view.key) {
        renderDetailHead();
    }
}

function renderTile(entry) {
    const { view, tile } = entry;
    const latched = alarms ? alarms.latched(view.key) : null;
    tile.className = 'tile s-' + view.state + (latched ? ' latched-' + latched : '');
    tile.dataset.state = view.state;
    tile.querySelector('.tile-state').textContent = STATE_TEXT[view.state] ?? view.state;
    tile.querySelector('.tile-prob').textContent = probability(view.probability);
    tile.querySelector('.tile-since').textContent = since(view.last_event_ms);
}

// ---- detail view ----

function openDetail(key) {
    const entry = subjects.get(key);
    closeDetail();
    detail = { key, buffers: null, plots: [], trendPlot: null, scores: [[], [], []], marks: { truth: [], onsets: [] } };
    $('detail-traces').replaceChildren();
    $('detail-trend').replaceChildren();
    detail.trendPlot = trend($('detail-trend'), 200, detail.marks);
    renderDetailHead();
    send({ type: 'watch', key });
    loadDetailHistory(key);
    if (!entry) {
        $('detail-name').textContent = key;
    }
}

function closeDetail() {
    if (detail) {
        send({ type: 'unwatch' });
        detail.plots.forEach(p => p.destroy());
        detail.trendPlot?.destroy();
        detail = null;
    }
}

function renderDetailHead() {
    const entry = subjects.get(detail.key);
    if (!entry) {
        return;
    }
    const view = entry.view;
    $('detail-name').textContent = view.subject;
    $('detail-badge').hidden = !view.simulated;
    $('detail-state').className = 'state s-' + view.state;
    $('detail-state').textContent = STATE_TEXT[view.state] ?? view.state;
    $('detail-prob').textContent = 'p ' + probability(view.probability);
    $('detail-problem').hidden = !view.problem;
    $('detail-problem').textContent = view.problem ?? '';
}

function ensureDetailTraces(channels) {
    if (detail.buffers && detail.buffers.v.length === channels) {
        return;
    }
    detail.plots.forEach(p => p.destroy());
    $('detail-traces').replaceChildren();
    detail.buffers = new TraceBuffer(channels, DETAIL_SECONDS);
    const labels = subjects.get(detail.key)?.view.channel_labels ?? [];
    detail.plots = [];
    for (let c = 0; c < channels; c++) {
        const holder = text('div', 'trace');
        $('detail-traces').append(holder);
        detail.plots.push(detailTrace(holder, labels[c] ?? 'ch ' + c, channels > 4 ? 90 : 130));
    }
}

async function loadDetailHistory(key) {
    const [simulated, subject] = [key.startsWith('sim/'), key.substring(key.indexOf('/') + 1)];
    const [events, truth] = await Promise.all([
        getJson('/api/events?limit=500&subject=' + encodeURIComponent(subject)),
        getJson('/api/truth?key=' + encodeURIComponent(key)),
    ]);
    if (!detail || detail.key !== key) {
        return;
    }
    const own = events.filter(e => e.simulated === simulated);
    renderEventRows($('detail-events').querySelector('tbody'), own, false);
    detail.events = own;
    detail.truth = truth;
    renderTruth();
    refreshMarks();
}

function renderTruth() {
    const body = $('detail-truth').querySelector('tbody');
    body.replaceChildren(...detail.truth.slice().reverse().map(t => {
        const row = document.createElement('tr');
        row.append(text('td', '', time(t.onset_us)), text('td', '', t.duration_s === null ? 'n/a' : t.duration_s + ' s'),
            text('td', '', t.label), text('td', '', t.seizure ? 'yes' : 'no'));
        return row;
    }));
}

function refreshMarks() {
    detail.marks.truth = (detail.truth ?? []).filter(t => t.seizure)
        .map(t => ({ from: t.onset_us / 1e6, to: t.onset_us / 1e6 + (t.duration_s ?? 1) }));
    detail.marks.onsets = (detail.events ?? []).filter(e => e.kind === 'seizure_onset').map(e => e.onset_us / 1e6);
    detail.trendPlot.redraw();
}

function onScores(points) {
    detail.scores = [points.map(p => p[0]), points.map(p => p[1]), points.map(p => p[2])];
    detail.trendPlot.setData(detail.scores);
}

function addScore(point) {
    detail.scores[0].push(point[0]);
    detail.scores[1].push(point[1]);
    detail.scores[2].push(point[2]);
    if (detail.scores[0].length > 720) {
        detail.scores.forEach(a => a.shift());
    }
    detail.trendPlot.setData(detail.scores);
}

// ---- event log ----

function renderEventRows(body, events, withSubject) {
    body.replaceChildren(...events.map(e => {
        const row = document.createElement('tr');
        row.dataset.id = e.id;
        row.className = 'p-' + e.priority;
        row.append(text('td', '', time(e.onset_us)));
        if (withSubject) {
            row.append(text('td', '', e.subject + (e.simulated ? ' (sim)' : '')));
        }
        row.append(text('td', '', e.channel === null ? 'all' : e.channel + (e.channel_label ? ' ' + e.channel_label : '')),
            text('td', '', e.kind));
        if (withSubject) {
            row.append(text('td', '', e.priority));
        }
        row.append(text('td', '', e.kind.startsWith('seizure') ? e.peak_probability.toFixed(2) : ''),
            text('td', '', e.detail),
            text('td', 'ack', e.acknowledged_by ? e.acknowledged_by + ' at '
                + new Date(e.acknowledged_ms).toLocaleString() : (alarmKind(e) ? 'no' : '')));
        const cell = text('td', '');
        if (me.can_acknowledge && alarmKind(e) && !e.acknowledged_by) {
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

function alarmKind(e) {
    return e.priority === 'high' || e.priority === 'medium';
}

function logQuery() {
    const data = new FormData($('log-filters'));
    const params = new URLSearchParams();
    for (const [name, value] of data.entries()) {
        if (!value) {
            continue;
        }
        params.set(name, name === 'from' || name === 'to' ? new Date(value).toISOString() : value);
    }
    return params.toString();
}

async function loadLog() {
    const query = logQuery();
    $('export-csv').href = '/api/events.csv' + (query ? '?' + query : '');
    $('export-tsv').href = '/api/events.tsv' + (query ? '?' + query : '');
    const events = await getJson('/api/events' + (query ? '?' + query : ''));
    renderEventRows($('log-table').querySelector('tbody'), events, true);
}

async function acknowledge(id) {
    const result = await postJson('/api/events/' + encodeURIComponent(id) + '/acknowledge');
    if (result.status === 200) {
        onAck(result.json);
    } else {
        alert('Acknowledge failed: ' + (result.json?.error ?? result.status));
    }
}

function onAck(event) {
    alarms.acknowledged(event);
    if (!$('log-view').hidden) {
        loadLog();
    }
    if (detail) {
        loadDetailHistory(detail.key);
    }
}

function onEvent(event) {
    alarms.add(event);
    if (!$('log-view').hidden) {
        loadLog();
    }
    if (detail && detail.key === event.key) {
        loadDetailHistory(detail.key);
    }
}

// ---- routing ----

function route() {
    const hash = location.hash || '#/';
    const subject = hash.startsWith('#/subject/') ? decodeURIComponent(hash.substring(10)) : null;
    $('grid-view').hidden = hash !== '#/';
    $('log-view').hidden = hash !== '#/log';
    $('detail-view').hidden = subject === null;
    $('nav-grid').classList.toggle('active', hash === '#/');
    $('nav-log').classList.toggle('active', hash === '#/log');
    if (subject !== null) {
        openDetail(subject);
    } else {
        closeDetail();
    }
    if (hash === '#/log') {
        loadLog();
    }
}

// ---- live socket ----

function send(message) {
    if (socket && socket.readyState === WebSocket.OPEN) {
        socket.send(JSON.stringify(message));
    }
}

function onMessage(message) {
    switch (message.type) {
        case 'snapshot':
            message.subjects.forEach(updateTile);
            message.alarms.forEach(e => alarms.add(e));
            if (detail) {
                send({ type: 'watch', key: detail.key });
            }
            break;
        case 'subject':
            updateTile(message.subject);
            break;
        case 'event':
            onEvent(message.event);
            break;
        case 'ack':
            onAck(message.event);
            break;
        case 'trace':
            onTrace(message);
            break;
        case 'score':
            if (detail && detail.key === message.key) {
                addScore(message.point);
            }
            break;
        case 'scores':
            if (detail && detail.key === message.key) {
                onScores(message.points);
            }
            break;
        case 'truth':
            if (detail && detail.key === message.truth.key) {
                loadDetailHistory(detail.key);
            }
            break;
        default:
            break;
    }
}

function onTrace(message) {
    if (message.detail) {
        if (detail && detail.key === message.key) {
            ensureDetailTraces(message.v.length);
            detail.buffers.append(message.t, message.v);
        }
        return;
    }
    const entry = subjects.get(message.key);
    if (entry) {
        entry.buffer.append(message.t, [message.v[0]]);
    }
}

function draw() {
    for (const entry of subjects.values()) {
        if (entry.buffer.dirty && !$('grid-view').hidden) {
            show(entry.plot, entry.buffer, 0, GRID_SECONDS);
            entry.buffer.dirty = false;
        }
    }
    if (detail && detail.buffers && detail.buffers.dirty) {
        detail.plots.forEach((plot, c) => show(plot, detail.buffers, c, DETAIL_SECONDS));
        detail.buffers.dirty = false;
    }
    requestAnimationFrame(draw);
}

function connect() {
    socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws');
    socket.addEventListener('open', () => {
        $('connection').textContent = 'live';
        $('connection').className = 'connection online';
    });
    socket.addEventListener('message', m => onMessage(JSON.parse(m.data)));
    socket.addEventListener('close', () => {
        $('connection').textContent = 'disconnected: retrying';
        $('connection').className = 'connection offline';
        setTimeout(connect, 2000);
    });
}

async function start() {
    me = await getJson('/api/me');
    if (!me.authenticated) {
        location.href = '/login.html';
        return;
    }
    setCsrf(me.csrf);
    $('whoami').textContent = me.name + ' (' + me.role + ')';
    $('logout').hidden = me.role === 'kiosk';
    $('logout').addEventListener('click', async () => {
        await postJson('/api/logout');
        location.href = '/login.html';
    });
    alarms = new Alarms({
        banner: $('alarm-banner'), pauseButton: $('audio-pause'), countdown: $('pause-countdown'),
        enableButton: $('audio-enable'), pauseSeconds: me.audio_pause_seconds, canAcknowledge: me.can_acknowledge,
        onAcknowledge: acknowledge, onChange: () => subjects.forEach(renderTile),
    });
    $('log-filters').addEventListener('submit', event => {
        event.preventDefault();
        loadLog();
    });
    window.addEventListener('hashchange', route);
    setInterval(() => subjects.forEach(renderTile), 1000);
    connect();
    route();
    requestAnimationFrame(draw);
}

start();
