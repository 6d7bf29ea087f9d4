// Refract Studio's page: plain JavaScript, no dependencies. The view (model, filters, sort, page,
// hidden columns) lives in the URL's hash so it can be shared; the token stays in the query string.
'use strict';

const token = new URLSearchParams(location.search).get('token') || '';
const $ = (id) => document.getElementById(id);
const el = (tag, attrs, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c);
  return e;
};

const NUMERIC = ['Int', 'BigInt', 'Float', 'Decimal'];
const state = {
  schema: null, counts: {}, model: null, rows: [], total: 0,
  view: { model: null, filters: [], order: [], page: 1, size: 50, hide: [] },
  updates: new Map(),   // rowKey -> {key, data}
  creates: [],          // {data}
  deletes: new Map(),   // rowKey -> key
  errors: new Map(),    // rowKey or 'new:i' -> message
  selected: new Set(),
};

// ---- API ------------------------------------------------------------------------------------
async function api(path, body) {
  const init = { headers: { 'X-Refract-Token': token } };
  if (body !== undefined) {
    init.method = 'POST';
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch('/api/' + path, init);
  const json = await response.json();
  if (!response.ok && !(json.error && json.error.index !== undefined)) {
    throw new Error(json.error ? json.error.message : 'HTTP ' + response.status);
  }
  return { ok: response.ok, status: response.status, json };
}

function banner(message) {
  $('banner').textContent = message || '';
  $('banner').hidden = !message;
}

// ---- URL <-> view -----------------------------------------------------------------------------
function readHash() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [name, query] = hash.split('?');
  const p = new URLSearchParams(query || '');
  const parse = (s, d) => { try { return s ? JSON.parse(s) : d; } catch (e) { return d; } };
  return {
    model: decodeURIComponent(name || '') || null,
    filters: parse(p.get('filters'), []),
    order: (p.get('order') || '').split(',').filter(Boolean).map((s) => { const [f, d] = s.split(':'); return { field: f, direction: d || 'asc' }; }),
    page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1),
    size: parseInt(p.get('size') || '50', 10) || 50,
    hide: (p.get('hide') || '').split(',').filter(Boolean),
  };
}

function writeHash(view) {
  const enc = (v) => encodeURIComponent(v).replace(/%3A/g, ':').replace(/%2C/g, ',');
  const p = [];
  if (view.filters.length) p.push('filters=' + enc(JSON.stringify(view.filters)));
  if (view.order.length) p.push('order=' + enc(view.order.map((o) => o.field + ':' + o.direction).join(',')));
  if (view.page > 1) p.push('page=' + view.page);
  if (view.size !== 50) p.push('size=' + view.size);
  if (view.hide.length) p.push('hide=' + enc(view.hide.join(',')));
  return '#/' + encodeURIComponent(view.model) + (p.length ? '?' + p.join('&') : '');
}

function go(changes) {
  const view = Object.assign({}, state.view, changes);
  const hash = writeHash(view);
  if (location.hash === hash) route(); else location.hash = hash;
}

// ---- schema helpers ---------------------------------------------------------------------------
const modelOf = (name) => state.schema.models.find((m) => m.name === name);
const fieldOf = (model, name) => model.fields.find((f) => f.name === name);
const scalars = (model) => model.fields.filter((f) => f.kind !== 'relation');
const keyOf = (model, row) => JSON.stringify(model.key.map((k) => row[k]));
const keyMap = (model, row) => Object.fromEntries(model.key.map((k) => [k, row[k]]));
const isRequiredInput = (f) => f.required && !f.list && !f.default && !f.updatedAt;

// ---- filters ----------------------------------------------------------------------------------
function opsFor(f) {
  if (!f) return [];
  if (f.kind === 'relation') return [['some', 'has related']];
  const nullOps = f.required ? [] : [['null', 'is null'], ['notnull', 'is not null']];
  if (f.type === 'String') return [['contains', 'contains'], ['equals', 'equals'], ['startsWith', 'starts with'], ['endsWith', 'ends with'], ...nullOps];
  if (NUMERIC.includes(f.type)) return [['equals', '='], ['gte', '≥'], ['lte', '≤'], ['range', 'between'], ...nullOps];
  if (f.type === 'DateTime') return [['gte', 'on or after'], ['lte', 'on or before'], ['range', 'between'], ...nullOps];
  if (f.type === 'Boolean' || f.kind === 'enum') return [['equals', 'is'], ...nullOps];
  return nullOps;
}

function typed(f, v) {
  if (f.type === 'Int' || f.type === 'Float') return Number(v);
  if (f.type === 'DateTime') return fromLocalInput(v);
  if (f.type === 'Boolean') return v === 'true';
  return v;
}

function whereOf(model, filters) {
  const and = [];
  for (const c of filters) {
    const f = fieldOf(model, c.field);
    if (!f) continue;
    if (c.op === 'null') and.push({ [f.name]: null });
    else if (c.op === 'notnull') and.push({ [f.name]: { not: null } });
    else if (c.op === 'some') and.push({ [f.name]: { some: c.value } });
    else if (c.op === 'range') and.push({ [f.name]: { gte: typed(f, c.value), lte: typed(f, c.value2) } });
    else and.push({ [f.name]: { [c.op]: typed(f, c.value) } });
  }
  return and.length ? { AND: and } : undefined;
}

function filterLabel(c) {
  if (c.label) return c.label;
  const ops = Object.fromEntries(opsFor(fieldOf(state.model, c.field)));
  const value = c.op === 'range' ? c.value + ' and ' + c.value2 : c.op === 'null' || c.op === 'notnull' ? '' : JSON.stringify(c.value);
  return c.field + ' ' + (ops[c.op] || c.op) + ' ' + value;
}

function valueInput(f, value, cls) {
  if (f.type === 'Boolean') return el('select', { class: cls }, ['true', 'false'].map((v) => el('option', { selected: String(value) === v }, v)));
  if (f.kind === 'enum') return el('select', { class: cls }, state.schema.enums[f.type].map((v) => el('option', { selected: value === v }, v)));
  if (f.type === 'DateTime') return el('input', { class: cls, type: 'datetime-local', step: '1', value: value || '' });
  return el('input', { class: cls, type: 'text', value: value === undefined ? '' : value, inputmode: NUMERIC.includes(f.type) ? 'decimal' : undefined });
}

function filterRow(c) {
  const model = state.model;
  const fields = model.fields.filter((f) => opsFor(f).length && f.kind !== 'relation');
  const fieldSelect = el('select', { class: 'f-field' }, fields.map((f) => el('option', { value: f.name, selected: f.name === c.field }, f.name)));
  const row = el('div', { class: 'filter-row' });
  const draw = () => {
    const f = fieldOf(model, fieldSelect.value);
    const ops = opsFor(f);
    const opSelect = el('select', { class: 'f-op' }, ops.map(([v, label]) => el('option', { value: v, selected: v === c.op }, label)));
    const parts = () => {
      const op = opSelect.value;
      const extra = [];
      if (op !== 'null' && op !== 'notnull') extra.push(valueInput(f, c.field === f.name ? c.value : undefined, 'f-value'));
      if (op === 'range') extra.push(el('span', {}, 'and'), valueInput(f, c.field === f.name ? c.value2 : undefined, 'f-value2'));
      return extra;
    };
    row.replaceChildren(fieldSelect, opSelect, ...parts(), el('button', { type: 'button', class: 'f-remove', onclick: () => row.remove() }, '×'));
    opSelect.addEventListener('change', () => { c.op = opSelect.value; draw(); });
  };
  fieldSelect.addEventListener('change', () => { c.field = fieldSelect.value; c.op = undefined; draw(); });
  draw();
  return row;
}

function readFilterRows() {
  const out = [];
  for (const row of $('filter-rows').children) {
    const field = row.querySelector('.f-field').value;
    const op = row.querySelector('.f-op').value;
    const c = { field, op };
    const v = row.querySelector('.f-value');
    const v2 = row.querySelector('.f-value2');
    if (v) c.value = v.value;
    if (v2) c.value2 = v2.value;
    out.push(c);
  }
  // relation filters (from navigation) are kept as they are
  return out.concat(state.view.filters.filter((c) => c.op === 'some' || c.label));
}

function drawFilters() {
  const editable = state.view.filters.filter((c) => c.op !== 'some' && !c.label);
  $('filter-rows').replaceChildren(...editable.map((c) => filterRow(Object.assign({}, c))));
  $('chips').replaceChildren(...state.view.filters.map((c, i) => el('span', { class: 'chip' }, filterLabel(c),
    el('button', { type: 'button', title: 'Remove filter', onclick: () => go({ filters: state.view.filters.filter((_, j) => j !== i), page: 1 }) }, '×'))));
}

// ---- values -----------------------------------------------------------------------------------
function toLocalInput(iso) { return iso ? iso.replace(/Z$/, '').replace(/\.000$/, '').slice(0, 23) : ''; }
function fromLocalInput(v) { if (!v) return null; const s = v.length === 16 ? v + ':00' : v; return new Date(s + 'Z').toISOString(); }
function bytesSize(b64) { if (!b64) return 0; const pad = (b64.match(/=+$/) || [''])[0].length; return Math.floor(b64.length * 3 / 4) - pad; }

function display(f, v) {
  if (v === null || v === undefined) return 'null';
  if (f.type === 'Bytes') return bytesSize(v) + ' bytes · ' + (v.length > 16 ? v.slice(0, 16) + '…' : v);
  if (f.type === 'Json') return typeof v === 'string' ? v : JSON.stringify(v);
  if (f.list) return JSON.stringify(v);
  return String(v);
}

// ---- the grid ---------------------------------------------------------------------------------
function currentValue(model, row, f) {
  const u = state.updates.get(keyOf(model, row));
  return u && f.name in u.data ? u.data[f.name] : row[f.name];
}

function relationCell(model, row, f) {
  const target = f.type;
  if (f.list) {
    const n = row._count ? row._count[f.name] : undefined;
    return el('a', { class: 'rel', href: '#', onclick: (e) => { e.preventDefault(); followList(model, row, f); } }, (n === undefined ? '' : n + ' ') + target + ' →');
  }
  if (f.fields.length) {
    const values = f.fields.map((n) => currentValue(model, row, fieldOf(model, n)));
    if (values.some((v) => v === null || v === undefined)) return el('span', { class: 'muted' }, 'null');
    return el('a', { class: 'rel', href: '#', onclick: (e) => { e.preventDefault(); followForeignKey(f, values); } }, target + ' ' + values.join(', ') + ' →');
  }
  const related = row[f.name];
  if (!related) return el('span', { class: 'muted' }, 'null');
  const other = modelOf(target);
  return el('a', { class: 'rel', href: '#', onclick: (e) => { e.preventDefault(); followForeignKey({ type: target, references: other.key }, other.key.map((k) => related[k])); } },
    target + ' ' + other.key.map((k) => related[k]).join(', ') + ' →');
}

function followForeignKey(f, values) {
  const filters = f.references.map((r, i) => ({ field: r, op: 'equals', value: String(values[i]) }));
  go({ model: f.type, filters, order: [], page: 1, hide: [] });
}

function followList(model, row, f) {
  const o = f.opposite;
  let filters;
  if (o.fields.length) {
    filters = o.fields.map((n, i) => ({ field: n, op: 'equals', value: String(row[o.references[i]]) }));
  } else {
    filters = [{ field: o.name, op: 'some', value: keyMap(model, row), label: o.name + ': ' + model.name + ' ' + model.key.map((k) => row[k]).join(', ') }];
  }
  go({ model: f.type, filters, order: [], page: 1, hide: [] });
}

function headerCell(f) {
  const sortable = f.kind !== 'relation' && !f.list && f.type !== 'Json' && f.type !== 'Bytes';
  const o = state.view.order.find((x) => x.field === f.name);
  const th = el('th', { 'data-field': f.name, class: sortable ? 'sortable' : undefined, title: sortable ? 'Sort by ' + f.name : undefined },
    f.name, el('span', { class: 'type' }, f.type + (f.list ? '[]' : f.required ? '' : '?')),
    o ? el('span', { class: 'arrow' }, o.direction === 'asc' ? '▲' : '▼') : null);
  if (sortable) {
    th.addEventListener('click', () => {
      const next = !o ? [{ field: f.name, direction: 'asc' }] : o.direction === 'asc' ? [{ field: f.name, direction: 'desc' }] : [];
      go({ order: next, page: 1 });
    });
  }
  return th;
}

function drawGrid() {
  const model = state.model;
  const visible = model.fields.filter((f) => !state.view.hide.includes(f.name));
  const head = el('tr', {}, el('th', {}, el('input', { type: 'checkbox', id: 'select-all', title: 'Select all', onchange: (e) => {
    state.selected = new Set(e.target.checked ? state.rows.map((r) => keyOf(model, r)) : []); drawGrid(); } })), visible.map(headerCell));
  const body = [];
  state.creates.forEach((c, i) => {
    const tr = el('tr', { class: 'new', 'data-new': i }, el('td', {}, el('button', { type: 'button', title: 'Remove this new record', onclick: () => { state.creates.splice(i, 1); refreshStaged(); } }, '×')),
      visible.map((f) => el('td', { 'data-field': f.name, class: f.kind === 'relation' ? undefined : c.data[f.name] === undefined ? 'null' : undefined },
        f.kind === 'relation' ? '' : c.data[f.name] === undefined ? (f.default ? 'default' : '') : display(f, c.data[f.name]))));
    body.push(tr);
    pushError(body, 'new:' + i, visible.length + 1);
  });
  for (const row of state.rows) {
    const k = keyOf(model, row);
    const u = state.updates.get(k);
    const classes = [state.deletes.has(k) ? 'deleted' : '', state.errors.has(k) ? 'failed' : ''].join(' ').trim();
    const tr = el('tr', { 'data-key': k, class: classes || undefined },
      el('td', {}, el('input', { type: 'checkbox', class: 'select', checked: state.selected.has(k), onchange: (e) => {
        if (e.target.checked) state.selected.add(k); else state.selected.delete(k); updateButtons(); } })),
      visible.map((f) => {
        if (f.kind === 'relation') return el('td', { 'data-field': f.name }, relationCell(model, row, f));
        const v = currentValue(model, row, f);
        const dirty = u && f.name in u.data;
        const td = el('td', { 'data-field': f.name, class: ['cell', v === null || v === undefined ? 'null' : '', dirty ? 'dirty' : ''].join(' ').trim(), title: display(f, v) }, display(f, v));
        td.addEventListener('click', () => openEditor(td, model, row, f));
        return td;
      }));
    body.push(tr);
    pushError(body, k, visible.length + 1);
  }
  if (!body.length) body.push(el('tr', {}, el('td', { colspan: visible.length + 1, class: 'muted' }, 'No rows.')));
  $('grid').replaceChildren(el('thead', {}, head), el('tbody', {}, body));
  updateButtons();
}

function pushError(body, k, span) {
  if (state.errors.has(k)) body.push(el('tr', { class: 'row-error' }, el('td', { colspan: span }, '⚠ ' + state.errors.get(k))));
}

function drawColumns() {
  const model = state.model;
  $('columns').replaceChildren(...model.fields.map((f) => el('label', {}, el('input', {
    type: 'checkbox', 'data-column': f.name, checked: !state.view.hide.includes(f.name),
    onchange: (e) => go({ hide: e.target.checked ? state.view.hide.filter((h) => h !== f.name) : state.view.hide.concat(f.name) }),
  }), ' ' + f.name)));
}

function drawPager() {
  const { page, size } = state.view;
  const first = state.total === 0 ? 0 : (page - 1) * size + 1;
  const last = Math.min(state.total, page * size);
  $('pager-info').textContent = 'Rows ' + first.toLocaleString('en') + '–' + last.toLocaleString('en') + ' of ' + state.total.toLocaleString('en') + ' · page ' + page + ' of ' + Math.max(1, Math.ceil(state.total / size));
  $('total').textContent = state.total.toLocaleString('en') + (state.total === 1 ? ' row' : ' rows');
  $('prev').disabled = page <= 1;
  $('next').disabled = last >= state.total;
  $('page-size').value = String(size);
}

function drawModels() {
  $('models').replaceChildren(...state.schema.models.map((m) => el('a', {
    href: '#/' + encodeURIComponent(m.name), class: 'model' + (state.view.model === m.name ? ' active' : ''), 'data-model': m.name,
    onclick: (e) => { e.preventDefault(); go({ model: m.name, filters: [], order: [], page: 1, hide: [] }); },
  }, m.name, el('span', { class: 'count' }, state.counts[m.name] === undefined ? '' : state.counts[m.name].toLocaleString('en')))));
}

// ---- editing ----------------------------------------------------------------------------------
let editing = null;

function editorInput(f, v) {
  if (f.type === 'Boolean') return el('select', { id: 'editor-input' }, ['true', 'false'].map((o) => el('option', { selected: String(v) === o }, o)));
  if (f.kind === 'enum') return el('select', { id: 'editor-input' }, state.schema.enums[f.type].map((o) => el('option', { selected: v === o }, o)));
  if (f.type === 'DateTime') return el('input', { id: 'editor-input', type: 'datetime-local', step: '0.001', value: toLocalInput(v) });
  if (f.type === 'Json' || f.list) return el('textarea', { id: 'editor-input', spellcheck: 'false' }, v === null || v === undefined ? '' : typeof v === 'string' && f.type === 'Json' ? v : JSON.stringify(v, null, 2));
  if (f.type === 'Bytes') return el('textarea', { id: 'editor-input', spellcheck: 'false' }, v || '');
  return el('input', { id: 'editor-input', type: 'text', value: v === null || v === undefined ? '' : String(v), inputmode: NUMERIC.includes(f.type) ? 'decimal' : undefined });
}

// The value typed in an editor for field f, or {error}.
function parseInput(f, text) {
  if (f.type === 'String' && !f.list) return { value: text };
  if (f.type === 'Boolean') return { value: text === 'true' };
  if (f.kind === 'enum') return { value: text };
  if (f.type === 'Int') return /^-?\d+$/.test(text.trim()) && Math.abs(Number(text)) <= 2147483647 ? { value: Number(text) } : { error: 'A whole number (Int) is expected.' };
  if (f.type === 'BigInt') return /^-?\d+$/.test(text.trim()) ? { value: text.trim() } : { error: 'A whole number (BigInt) is expected.' };
  if (f.type === 'Float') return text.trim() !== '' && isFinite(Number(text)) ? { value: Number(text) } : { error: 'A number is expected.' };
  if (f.type === 'Decimal') return /^-?\d+(\.\d+)?$/.test(text.trim()) ? { value: text.trim() } : { error: 'A decimal number such as 12.50 is expected.' };
  if (f.type === 'DateTime') { const iso = fromLocalInput(text); return iso && !isNaN(Date.parse(iso)) ? { value: iso } : { error: 'A date and time is expected.' }; }
  if (f.type === 'Bytes') return /^[A-Za-z0-9+/]*={0,2}$/.test(text.trim()) && text.trim().length % 4 === 0 ? { value: text.trim() } : { error: 'Base64 text is expected (A-Z, a-z, 0-9, +, /, padded with =).' };
  if (f.type === 'Json' || f.list) { try { return { value: JSON.parse(text) }; } catch (e) { return { error: 'Invalid JSON: ' + e.message }; } }
  return { value: text };
}

function hintFor(f, text) {
  if (f.type === 'Bytes') return bytesSize(text.trim()) + ' bytes (base64)';
  if (f.type === 'DateTime') return 'UTC';
  if (f.type === 'Json') return 'JSON';
  return f.type + (f.required ? '' : ' (optional)');
}

function openEditor(td, model, row, f) {
  if (state.deletes.has(keyOf(model, row))) return;
  const v = currentValue(model, row, f);
  const input = editorInput(f, v);
  editing = { model, row, f, input };
  $('editor-body').replaceChildren(el('div', { class: 'muted' }, model.name + '.' + f.name), input);
  $('editor-null').hidden = f.required;
  const check = () => {
    const r = parseInput(f, input.value);
    input.classList.toggle('invalid', !!r.error);
    $('editor-hint').textContent = r.error || hintFor(f, input.value);
    $('editor-hint').classList.toggle('bad', !!r.error);
    $('editor-ok').disabled = !!r.error;
  };
  input.addEventListener('input', check);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeEditor();
    if (e.key === 'Enter' && (input.tagName !== 'TEXTAREA' || e.ctrlKey)) { e.preventDefault(); commitEditor(); }
  });
  check();
  const box = $('editor');
  const rect = td.getBoundingClientRect();
  box.style.left = Math.max(4, Math.min(rect.left + window.scrollX, window.innerWidth - 320)) + 'px';
  box.style.top = (rect.bottom + window.scrollY + 2) + 'px';
  box.hidden = false;
  input.focus();
}

function closeEditor() { $('editor').hidden = true; editing = null; }

function stage(model, row, f, value) {
  const k = keyOf(model, row);
  const u = state.updates.get(k) || { key: keyMap(model, row), data: {} };
  const original = row[f.name];
  if (JSON.stringify(value) === JSON.stringify(original)) delete u.data[f.name]; else u.data[f.name] = value;
  if (Object.keys(u.data).length) state.updates.set(k, u); else state.updates.delete(k);
  state.errors.delete(k);
}

function commitEditor(setNull) {
  if (!editing) return;
  const { model, row, f, input } = editing;
  const r = setNull ? { value: null } : parseInput(f, input.value);
  if (r.error) return;
  stage(model, row, f, r.value);
  closeEditor();
  refreshStaged();
}

// ---- add and delete ---------------------------------------------------------------------------
function openCreate() {
  const model = state.model;
  const fields = scalars(model).filter((f) => !f.updatedAt);
  $('create-title').textContent = 'Add ' + model.name;
  $('create-error').textContent = '';
  $('create-fields').replaceChildren(...fields.map((f) => {
    const d = f.default;
    let value = d && 'value' in d ? d.value : undefined;
    if (f.type === 'DateTime' && value) value = toLocalInput(value);
    const input = f.type === 'Boolean' && !f.required ? el('select', { name: f.name }, ['', 'true', 'false'].map((o) => el('option', { selected: String(value) === o }, o)))
      : f.kind === 'enum' && !f.required ? el('select', { name: f.name }, [''].concat(state.schema.enums[f.type]).map((o) => el('option', { selected: value === o }, o)))
      : editorInput(f, f.type === 'DateTime' ? (value ? value + 'Z' : undefined) : value);
    input.removeAttribute('id');
    input.setAttribute('name', f.name);
    if (d && d.function) input.setAttribute('placeholder', d.function + '()');
    if (isRequiredInput(f)) input.setAttribute('required', '');
    return el('div', { class: 'form-field' }, el('label', {}, f.name, ' ', el('span', { class: 'type' }, f.type + (f.required ? '' : '?')), isRequiredInput(f) ? el('span', { class: 'req' }, ' *') : null), input);
  }));
  showModal('create-form');
  const first = $('create-fields').querySelector('[required]') || $('create-fields').querySelector('input,select,textarea');
  if (first) first.focus();
}

function submitCreate() {
  const model = state.model;
  const data = {};
  const problems = [];
  for (const input of $('create-fields').querySelectorAll('[name]')) {
    const f = fieldOf(model, input.name);
    input.classList.remove('invalid');
    if (input.value === '') {
      if (isRequiredInput(f)) { problems.push(f.name + ' is required'); input.classList.add('invalid'); }
      continue;
    }
    const r = parseInput(f, input.value);
    if (r.error) { problems.push(f.name + ': ' + r.error); input.classList.add('invalid'); } else data[f.name] = r.value;
  }
  if (problems.length) { $('create-error').textContent = problems.join('; '); return; }
  state.creates.push({ model: model.name, data });
  hideModal();
  refreshStaged();
}

function askDelete() {
  const n = state.selected.size;
  $('confirm-text').textContent = 'Delete ' + n + ' ' + state.model.name + (n === 1 ? ' record' : ' records') + '? They are marked now and deleted when you save the changes.';
  showModal('confirm');
}

function confirmDelete() {
  const model = state.model;
  for (const row of state.rows) {
    const k = keyOf(model, row);
    if (state.selected.has(k)) { state.deletes.set(k, keyMap(model, row)); state.updates.delete(k); }
  }
  state.selected.clear();
  hideModal();
  refreshStaged();
}

function showModal(id) { $('modal-back').hidden = false; for (const m of document.querySelectorAll('.modal')) m.hidden = m.id !== id; }
function hideModal() { $('modal-back').hidden = true; }

// ---- staged changes ---------------------------------------------------------------------------
function stagedCount() { return state.updates.size + state.creates.length + state.deletes.size; }

function refreshStaged() {
  const n = stagedCount();
  $('changes-bar').hidden = n === 0;
  $('changes-count').textContent = n + (n === 1 ? ' unsaved change' : ' unsaved changes') + ' (' + state.updates.size + ' edited, ' + state.creates.length + ' added, ' + state.deletes.size + ' deleted)';
  drawGrid();
}

function updateButtons() {
  $('delete-selected').disabled = state.selected.size === 0;
  $('delete-selected').textContent = state.selected.size ? 'Delete selected (' + state.selected.size + ')' : 'Delete selected';
}

function clearStaged() {
  state.updates.clear(); state.creates = []; state.deletes.clear(); state.errors.clear(); state.selected.clear();
}

async function save() {
  const model = state.model;
  const changes = [];
  const where = [];
  state.creates.forEach((c, i) => { changes.push({ kind: 'create', model: c.model, data: c.data }); where.push('new:' + i); });
  for (const [k, u] of state.updates) { changes.push({ kind: 'update', model: model.name, key: u.key, data: u.data }); where.push(k); }
  for (const [k, key] of state.deletes) { changes.push({ kind: 'delete', model: model.name, key }); where.push(k); }
  $('save').disabled = true;
  try {
    const r = await api('save', { changes });
    state.errors.clear();
    if (!r.ok) {
      const e = r.json.error;
      state.errors.set(where[e.index], e.plain + ' (' + e.code + ')');
      banner('Nothing was saved: ' + e.plain);
      drawGrid();
      return;
    }
    clearStaged();
    banner('');
    await Promise.all([loadRows(), loadCounts()]);
    drawPager();
    refreshStaged();
  } catch (e) {
    banner(e.message);
  } finally {
    $('save').disabled = false;
  }
}

// ---- loading ----------------------------------------------------------------------------------
async function loadCounts() {
  const r = await api('models');
  state.counts = Object.fromEntries(r.json.models.map((m) => [m.name, m.count]));
  drawModels();
}

async function loadRows() {
  const { page, size, order, filters } = state.view;
  const body = { model: state.model.name, skip: (page - 1) * size, take: size };
  const where = whereOf(state.model, filters);
  if (where) body.where = where;
  if (order.length) body.orderBy = order;
  const r = await api('rows', body);
  state.rows = r.json.rows;
  state.total = r.json.total;
  document.body.dataset.loaded = state.model.name + ':' + Date.now();
}

async function route() {
  const view = readHash();
  if (!view.model || !modelOf(view.model)) {
    view.model = state.schema.models.length ? state.schema.models[0].name : null;
    if (view.model) { location.replace(writeHash(view)); return; }
  }
  if (state.view.model && view.model !== state.view.model && stagedCount()) {
    if (!window.confirm('Discard ' + stagedCount() + ' unsaved changes to ' + state.view.model + '?')) {
      history.replaceState(null, '', writeHash(state.view));
      return;
    }
  }
  if (view.model !== state.view.model) clearStaged();
  state.view = view;
  state.model = modelOf(view.model);
  closeEditor();
  $('title').textContent = view.model;
  for (const b of ['filter-toggle', 'columns-toggle', 'add-record']) $(b).disabled = false;
  drawModels();
  drawFilters();
  drawColumns();
  try {
    await loadRows();
    banner('');
  } catch (e) {
    state.rows = []; state.total = 0;
    banner(e.message);
  }
  drawPager();
  refreshStaged();
}

async function start() {
  if (!token) { banner('No token in the address: open the URL printed by `refract studio`.'); return; }
  try {
    state.schema = (await api('schema')).json;
  } catch (e) { banner(e.message); return; }
  $('filter-toggle').addEventListener('click', () => { $('filters').hidden = !$('filters').hidden; });
  $('add-filter').addEventListener('click', () => $('filter-rows').append(filterRow({ field: scalars(state.model)[0].name })));
  $('apply-filters').addEventListener('click', () => go({ filters: readFilterRows(), page: 1 }));
  $('clear-filters').addEventListener('click', () => go({ filters: [], page: 1 }));
  $('columns-toggle').addEventListener('click', () => { $('columns').hidden = !$('columns').hidden; });
  $('prev').addEventListener('click', () => go({ page: state.view.page - 1 }));
  $('next').addEventListener('click', () => go({ page: state.view.page + 1 }));
  $('page-size').addEventListener('change', (e) => go({ size: parseInt(e.target.value, 10), page: 1 }));
  $('editor-ok').addEventListener('click', () => commitEditor(false));
  $('editor-null').addEventListener('click', () => commitEditor(true));
  $('editor-cancel').addEventListener('click', closeEditor);
  $('add-record').addEventListener('click', openCreate);
  $('create-ok').addEventListener('click', submitCreate);
  $('create-cancel').addEventListener('click', hideModal);
  $('delete-selected').addEventListener('click', askDelete);
  $('confirm-ok').addEventListener('click', confirmDelete);
  $('confirm-cancel').addEventListener('click', hideModal);
  $('save').addEventListener('click', save);
  $('discard').addEventListener('click', () => { clearStaged(); banner(''); refreshStaged(); });
  window.addEventListener('hashchange', route);
  window.addEventListener('beforeunload', (e) => { if (stagedCount()) { e.preventDefault(); e.returnValue = ''; } });
  // the grid does not wait for the sidebar's counts: a model opens as soon as its page is read
  loadCounts().catch((e) => banner(e.message));
  await route();
}

start();
