// The preview page: one EventSource, and every picture swapped in place when its event arrives. Text from the
// server only ever goes in through textContent, and pictures load as <img>, where an SVG can run nothing.
'use strict';

const groups = document.getElementById('groups');
const status = document.getElementById('status');
const problemBox = document.getElementById('problems');
const problemList = document.getElementById('problem-list');
const filter = document.getElementById('filter');
const cards = new Map();

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function groupFor(name) {
  for (const section of groups.children) {
    if (section.dataset.group === name) return section.querySelector('.figures');
  }
  const section = element('section', 'group');
  section.dataset.group = name;
  section.append(element('h2', null, name), element('div', 'figures'));
  groups.append(section);
  return section.querySelector('.figures');
}

function show(figure, flash) {
  let card = cards.get(figure.id);
  if (!card) {
    card = element('figure', 'figure');
    card.dataset.id = figure.id;
    const caption = element('figcaption');
    caption.append(element('span', 'title'), element('span', 'format'));
    card.append(caption, element('p', 'problem'));
    groupFor(figure.group).append(card);
    cards.set(figure.id, card);
  }
  card.dataset.title = figure.title.toLowerCase();
  card.querySelector('.title').textContent = figure.title;
  card.querySelector('.format').textContent = figure.format === 'puml' ? 'PlantUML' : 'Mermaid';
  const problem = card.querySelector('.problem');
  problem.textContent = figure.problem || '';
  problem.hidden = !figure.problem;
  card.classList.toggle('failed', Boolean(figure.problem));
  card.classList.toggle('rendering', Boolean(figure.rendering));
  if (figure.svg && card.dataset.svg !== figure.svg) {
    // the old picture stays until the new one has loaded: no flicker, and no empty card on a slow load
    const next = new Image();
    next.alt = figure.title;
    next.addEventListener('load', () => {
      if (card.dataset.svg !== figure.svg) return;
      const old = card.querySelector('img');
      if (old) old.replaceWith(next); else card.append(next);
      if (flash) {
        card.classList.remove('updated');
        void card.offsetWidth;
        card.classList.add('updated');
      }
    });
    card.dataset.svg = figure.svg;
    next.src = figure.svg;
  }
  applyFilter(card);
}

function remove(id) {
  const card = cards.get(id);
  if (!card) return;
  const list = card.parentElement;
  card.remove();
  cards.delete(id);
  if (list && list.children.length === 0) list.parentElement.remove();
}

function showProblems(problems) {
  problemList.replaceChildren(...problems.map(p => element('li', 'problem severity-' + p.severity, p.text)));
  problemBox.hidden = problems.length === 0;
}

function applyFilter(card) {
  const words = filter.value.trim().toLowerCase();
  card.hidden = words !== '' && !card.dataset.title.includes(words)
    && !card.parentElement.parentElement.dataset.group.toLowerCase().includes(words);
}

filter.addEventListener('input', () => cards.forEach(applyFilter));

const events = new EventSource('/events');
events.addEventListener('snapshot', e => {
  const snapshot = JSON.parse(e.data);
  const ids = new Set(snapshot.figures.map(f => f.id));
  [...cards.keys()].filter(id => !ids.has(id)).forEach(remove);
  snapshot.figures.forEach(f => show(f, false));
  showProblems(snapshot.problems);
  status.textContent = snapshot.complete ? 'up to date' : 'rendering…';
  status.classList.remove('offline');
});
events.addEventListener('figure', e => show(JSON.parse(e.data), true));
events.addEventListener('removed', e => remove(JSON.parse(e.data).id));
events.addEventListener('problems', e => showProblems(JSON.parse(e.data).problems));
events.addEventListener('refreshed', e => {
  const done = JSON.parse(e.data);
  status.textContent = (done.complete ? 'up to date' : 'rendering…') + ' · last refresh ' + done.millis + ' ms';
});
events.addEventListener('error', () => {
  status.textContent = 'disconnected: is plumbline:serve still running? retrying…';
  status.classList.add('offline');
});
