{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/partnerships">{{_:x-t=Partnerships}}</a></p>
<h1>{{_:x-t=Overdue work}}</h1>
<p>{{_:x-t=Activities planned or in progress past their end date, and milestones not done past their due date, as of}} {{TODAY}}. <a href="/manage/partnerships/overdue.csv">CSV</a> · <a href="/manage/partnerships/overdue.xlsx">XLSX</a></p>
{{#NOTHING_OVERDUE}}<p>{{_:x-t=Nothing is overdue.}}</p>{{/NOTHING_OVERDUE}}
{{#PARTNERSHIP}}<h2><a href="/partnerships/{{ID:u}}/workplan">{{NAME}}</a></h2>
<ul>{{#ACTIVITY}}<li><span lang="{{TITLE_LANG}}">{{TITLE}}</span> — {{_:x-t=activity planned to end}} {{END}} · {{STATUS}} · {{SIDE}}</li>{{/ACTIVITY}}{{#MILESTONE}}<li><span lang="{{TITLE_LANG}}">{{TITLE}}</span> — {{_:x-t=milestone due}} {{DUE}}</li>{{/MILESTONE}}</ul>{{/PARTNERSHIP}}
