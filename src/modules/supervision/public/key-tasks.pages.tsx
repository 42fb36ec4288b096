// /openness/key-tasks (重点工作公开): the published key tasks, server-rendered in the site shell,
// working without JavaScript, in the 政务公开 section (the openness home lists it). Each task shows
// its target, lead unit, status, percentage and the published progress notes, and its sub-tasks
// (分解任务) in a table that stacks on a phone.
import type { App } from '../../../platform/module.ts';
import { assetUrl, renderPage } from '../../../site/index.ts';
import { type PublicTask, publicKeyTasks } from './key-tasks.ts';

export const KEY_TASKS_PATH = '/openness/key-tasks';

function Bar({ percent }: { percent: number }) {
  return (
    <span className="task-bar" aria-hidden="true">
      <span className="task-bar-fill" style={{ width: `${Math.min(100, Math.max(0, percent))}%` }} />
    </span>
  );
}

function Notes({ notes }: { notes: PublicTask['notes'] }) {
  if (!notes.length) return null;
  return (
    <ul className="task-notes">
      {notes.map((n) => (
        <li key={`${n.day} ${n.text.slice(0, 40)}`}>
          <time dateTime={n.day}>{n.day}</time> {n.text}
        </li>
      ))}
    </ul>
  );
}

function Task({ task }: { task: PublicTask }) {
  const headingId = `task-${task.id}`;
  return (
    <section className="key-task" aria-labelledby={headingId}>
      <h2 id={headingId}>{task.title}</h2>
      <dl className="task-facts">
        {task.target ? (
          <>
            <dt>目标任务</dt>
            <dd>{task.target}</dd>
          </>
        ) : null}
        <dt>牵头单位</dt>
        <dd>{task.leadUnit || '待确定'}</dd>
        {task.dueDay ? (
          <>
            <dt>完成时限</dt>
            <dd>{task.dueDay}</dd>
          </>
        ) : null}
        <dt>状态</dt>
        <dd>{task.status}</dd>
        <dt>完成进度</dt>
        <dd>
          {task.percent}% <Bar percent={task.percent} />
          {task.percentBasis ? <div className="task-target">{task.percentBasis}</div> : null}
        </dd>
      </dl>
      {task.notes.length ? (
        <>
          <h3>进展情况</h3>
          <Notes notes={task.notes} />
        </>
      ) : null}
      {task.subtasks.length ? (
        <>
          <h3>分解任务</h3>
          <table className="open-table task-table">
            <thead>
              <tr>
                <th scope="col">任务</th>
                <th scope="col">牵头单位</th>
                <th scope="col">状态</th>
                <th scope="col">完成进度</th>
                <th scope="col">进展情况</th>
              </tr>
            </thead>
            <tbody>
              {task.subtasks.map((s) => (
                <tr key={s.id}>
                  <td>
                    {s.title}
                    {s.target ? <div className="task-target">目标：{s.target}</div> : null}
                  </td>
                  <td data-label="牵头单位">{s.leadUnit || '待确定'}</td>
                  <td data-label="状态">{s.status}</td>
                  <td data-label="完成进度">
                    {s.percent}% <Bar percent={s.percent} />
                  </td>
                  <td data-label="进展情况">{s.notes.length ? <Notes notes={s.notes} /> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}

export function registerKeyTaskPages(app: App): void {
  app.get(KEY_TASKS_PATH, { schema: { hide: true } }, async (request, reply) => {
    const tasks = await publicKeyTasks(request.ctx());
    return renderPage(reply, {
      title: '重点工作',
      description: '河南省林业局年度重点工作任务的目标、牵头单位和落实进展。',
      breadcrumb: [{ label: '政务公开', href: '/openness' }, { label: '重点工作' }],
      body: (
        <>
          <link rel="stylesheet" href={assetUrl('openness.css')} />
          <h1>重点工作</h1>
          <p className="open-lead">
            本栏目公开本局年度重点工作任务的目标、牵头单位、状态和完成进度，进展情况随各单位报送并经审核后更新。
          </p>
          {tasks.length ? tasks.map((t) => <Task key={t.id} task={t} />) : <p>暂无公开的重点工作。</p>}
        </>
      ),
    });
  });
}
