import { getJson, postJson } from './api.js';

const form = document.getElementById('login');
const error = document.getElementById('login-error');

getJson('/api/me').then(me => {
    if (me.authenticated) {
        location.href = '/app.html';
    } else if (!me.users_exist) {
        document.getElementById('no-users').hidden = false;
    }
}).catch(() => {});

form.addEventListener('submit', async event => {
    event.preventDefault();
    error.hidden = true;
    const data = new FormData(form);
    const result = await postJson('/api/login', { name: data.get('name'), password: data.get('password') });
    if (result.status === 200) {
        location.href = '/app.html';
    } else {
        error.textContent = result.json?.error ?? ('login failed: ' + result.status);
        error.hidden = false;
    }
});
