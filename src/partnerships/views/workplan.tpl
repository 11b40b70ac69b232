{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/partnerships">{{_:x-t=Partnerships}}</a> › <a href="/partnerships/{{ID:u}}">{{NAME}}</a></p>
<h1>{{_:x-t=Workplan}}</h1>
<p>{{_:x-t=Activities}} <a href="/partnerships/{{ID:u}}/workplan/activities.csv">CSV</a> · <a href="/partnerships/{{ID:u}}/workplan/activities.xlsx">XLSX</a> · {{_:x-t=Milestones}} <a href="/partnerships/{{ID:u}}/workplan/milestones.csv">CSV</a> · <a href="/partnerships/{{ID:u}}/workplan/milestones.xlsx">XLSX</a></p>
{{#PLANNER}}<p><a class="button" href="/partnerships/{{ID:u}}/workplan/activities/new">{{_:x-t=Add an activity}}</a> <a class="button secondary" href="/partnerships/{{ID:u}}/workplan/milestones/new">{{_:x-t=Add a milestone}}</a></p>{{/PLANNER}}
<h2 id="overdue-heading">{{_:x-t=Overdue}}</h2>
<p class="hint">{{_:x-t=Activities planned or in progress past their end date, and milestones not done past their due date, as of}} {{TODAY}}.</p>
{{#NOTHING_OVERDUE}}<p>{{_:x-t=Nothing is overdue.}}</p>{{/NOTHING_OVERDUE}}
<ul aria-labelledby="overdue-heading">{{#OVERDUE_ACTIVITY}}<li><span lang="{{TITLE_LANG}}">{{TITLE}}</span> — {{_:x-t=activity planned to end}} {{END}}</li>{{/OVERDUE_ACTIVITY}}{{#OVERDUE_MILESTONE}}<li><span lang="{{TITLE_LANG}}">{{TITLE}}</span> — {{_:x-t=milestone due}} {{DUE}}</li>{{/OVERDUE_MILESTONE}}</ul>
<h2 id="timeline-heading">{{_:x-t=Timeline}}</h2>
<svg class="chart" viewBox="0 0 {{CHART_WIDTH}} {{CHART_HEIGHT}}" width="{{CHART_WIDTH}}" role="img" aria-labelledby="timeline-heading timeline-title">
  <title id="timeline-title">{{_:x-t=Each activity as a bar from its start to its end, milestones as diamonds, and a dashed line for today; the tables below give the same dates.}}</title>
  {{#MONTH}}<line x1="{{X}}" x2="{{X}}" y1="0" y2="{{Y2}}" class="grid"></line>{{#LABELLED}}<text x="{{LABEL_X}}" y="14" class="month">{{LABEL}}</text>{{/LABELLED}}{{/MONTH}}
  {{#BAR}}<text x="0" y="{{TEXT_Y}}" lang="{{LABEL_LANG}}">{{LABEL}}</text><rect x="{{X}}" y="{{Y}}" width="{{WIDTH}}" height="14" class="{{CLASS}}"><title>{{TIP}}</title></rect>{{/BAR}}
  {{#MILESTONE_ROW}}<text x="0" y="{{MILESTONE_ROW_Y}}">{{_:x-t=Milestones}}</text>{{/MILESTONE_ROW}}
  {{#DIAMOND}}<polygon points="{{POINTS}}" class="{{CLASS}}"><title>{{TIP}}</title></polygon>{{/DIAMOND}}
  {{#TODAY_LINE}}<line x1="{{TODAY_X}}" x2="{{TODAY_X}}" y1="18" y2="{{TODAY_Y2}}" class="today"><title>{{_:x-t=Today}}</title></line>{{/TODAY_LINE}}
</svg>
<p class="hint">{{_:x-t=Bars are blue when planned or in progress, green when done, grey when cancelled and red when overdue; diamonds are milestones, red when overdue.}}</p>
<h2>{{_:x-t=Activities}}</h2>
{{#NO_ACTIVITIES}}<p>{{_:x-t=No activity planned yet.}}</p>{{/NO_ACTIVITIES}}
<div class="table-scroll" tabindex="0"><table class="data-table" id="activities"><caption>{{_:x-t=Activities by start date}}</caption>
<thead><tr><th scope="col">{{_:x-t=Activity}}</th><th scope="col">{{_:x-t=Start}}</th><th scope="col">{{_:x-t=End}}</th><th scope="col">{{_:x-t=Responsible}}</th><th scope="col">{{_:x-t=Status}}</th><th scope="col">{{_:x-t=Output}}</th>{{#PLANNER}}<th scope="col">{{_:x-t=Deliverables delivered}}</th><th scope="col">{{_:x-t=Change}}</th>{{/PLANNER}}</tr></thead>
<tbody>{{#ACTIVITY}}<tr><th scope="row" lang="{{TITLE_LANG}}">{{TITLE}}</th><td class="date">{{START}}</td><td class="date">{{END}}</td><td>{{SIDE}}</td><td>{{STATUS}}{{#OVERDUE}} <span class="status-overdue">{{_:x-t=overdue}}</span>{{/OVERDUE}}</td><td>{{OUTPUT}}</td>{{#PLANNER}}<td>{{DELIVERED}}</td><td><a href="/partnerships/{{ID:u}}/workplan/activities/{{ACTIVITY_ID:u}}">{{_:x-t=Change}}</a></td>{{/PLANNER}}</tr>{{/ACTIVITY}}</tbody></table></div>
<h2>{{_:x-t=Milestones}}</h2>
{{#NO_MILESTONES}}<p>{{_:x-t=No milestone set yet.}}</p>{{/NO_MILESTONES}}
<div class="table-scroll" tabindex="0"><table class="data-table" id="milestones"><caption>{{_:x-t=Milestones by due date}}</caption>
<thead><tr><th scope="col">{{_:x-t=Milestone}}</th><th scope="col">{{_:x-t=Due}}</th><th scope="col">{{_:x-t=Done on}}</th><th scope="col">{{_:x-t=Activity}}</th>{{#PLANNER}}<th scope="col">{{_:x-t=Change}}</th>{{/PLANNER}}</tr></thead>
<tbody>{{#MILESTONE}}<tr><th scope="row" lang="{{TITLE_LANG}}">{{TITLE}}</th><td class="date">{{DUE}}{{#OVERDUE}} <span class="status-overdue">{{_:x-t=overdue}}</span>{{/OVERDUE}}</td><td class="date">{{DONE}}</td><td>{{ACTIVITY}}</td>{{#PLANNER}}<td><a href="/partnerships/{{ID:u}}/workplan/milestones/{{MILESTONE_ID:u}}">{{_:x-t=Change}}</a></td>{{/PLANNER}}</tr>{{/MILESTONE}}</tbody></table></div>
