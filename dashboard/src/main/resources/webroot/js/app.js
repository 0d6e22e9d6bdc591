// seizmon dashboard page: one WebSocket for live data, the JSON API for history, uPlot for charts.
import { getJson, postJson, setCsrf } from './api.js';
import { Alarms } from './alarms.js';
import { Detail } from './detail.js';
import { Grid } from './grid.js';
import { loadLog } from './log.js';
import { $ } from './util.js';

let me = null;
let alarms = null;
let grid = null;
let detail = null;
let socket = null;

function send(message) {
    if (socket && socket.readyState === WebSocket.OPEN) {
        socket.send(JSON.stringify(message));
    }
}

function showLog() {
    loadLog(me.can_acknowledge, acknowledge).catch(e => console.warn('event log', e));
}

function showHistory() {
    detail?.loadHistory().catch(e => console.warn('subject history', e));
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
        showLog();
    }
    showHistory();
}

function onEvent(event) {
    alarms.add(event);
    if (!$('log-view').hidden) {
        showLog();
    }
    if (detail && detail.key === event.key) {
        showHistory();
    }
}

function route() {
    const hash = location.hash || '#/';
    const key = hash.startsWith('#/subject/') ? decodeURIComponent(hash.substring(10)) : null;
    $('grid-view').hidden = hash !== '#/';
    $('log-view').hidden = hash !== '#/log';
    $('detail-view').hidden = key === null;
    $('nav-grid').classList.toggle('active', hash === '#/');
    $('nav-log').classList.toggle('active', hash === '#/log');
    if (detail) {
        send({ type: 'unwatch' });
        detail.destroy();
        detail = null;
    }
    if (key !== null) {
        detail = new Detail(key, me.can_acknowledge, acknowledge);
        detail.renderHead(grid.view(key));
        send({ type: 'watch', key });
        showHistory();
    }
    if (hash === '#/log') {
        showLog();
    }
}

function onMessage(message) {
    switch (message.type) {
        case 'snapshot':
            message.subjects.forEach(view => grid.update(view));
            message.alarms.forEach(event => alarms.add(event));
            if (detail) {
                send({ type: 'watch', key: detail.key });
            }
            break;
        case 'subject':
            grid.update(message.subject);
            if (detail && detail.key === message.subject.key) {
                detail.renderHead(message.subject);
            }
            break;
        case 'event':
            onEvent(message.event);
            break;
        case 'ack':
            onAck(message.event);
            break;
        case 'trace':
            if (!message.detail) {
                grid.onTrace(message);
            } else if (detail && detail.key === message.key) {
                detail.onTrace(message);
            }
            break;
        case 'score':
            if (detail && detail.key === message.key) {
                detail.addScore(message.point);
            }
            break;
        case 'bands':
            if (detail && detail.key === message.key) {
                detail.addBands(message.point);
            }
            break;
        case 'scores':
            if (detail && detail.key === message.key) {
                detail.onScores(message.points);
            }
            break;
        case 'truth':
            if (detail && detail.key === message.truth.key) {
                showHistory();
            }
            break;
        default:
            break;
    }
}

function draw() {
    if (!$('grid-view').hidden) {
        grid.draw();
    }
    detail?.draw();
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
        onAcknowledge: acknowledge, onChange: () => grid.renderAll(),
    });
    grid = new Grid(key => alarms.latched(key));
    $('log-filters').addEventListener('submit', event => {
        event.preventDefault();
        showLog();
    });
    window.addEventListener('hashchange', route);
    setInterval(() => grid.renderAll(), 1000);
    connect();
    route();
    requestAnimationFrame(draw);
}

start();
