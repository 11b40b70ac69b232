{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/manage/matching">{{_:x-t=Matching}}</a></p>
<h1>{{_:x-t=Two runs side by side}}</h1>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Totals}}</caption>
<thead><tr><th scope="col"><span class="visually-hidden">{{_:x-t=Figure}}</span></th><th scope="col"><a href="/manage/matching/runs/{{FIRST:u}}">{{_:x-t=Run}} {{FIRST}}</a></th><th scope="col"><a href="/manage/matching/runs/{{SECOND:u}}">{{_:x-t=Run}} {{SECOND}}</a></th></tr></thead>
<tbody><tr><th scope="row">{{_:x-t=Total fit}}</th><td>{{FIRST_FIT}}</td><td>{{SECOND_FIT}}</td></tr>
<tr><th scope="row">{{_:x-t=Countries served}}</th><td>{{FIRST_COUNTRIES}}</td><td>{{SECOND_COUNTRIES}}</td></tr></tbody></table></div>
<h2>{{_:x-t=Only in run}} {{FIRST}} ({{ONLY_FIRST_COUNT}})</h2>
<ul>{{#ONLY_FIRST}}<li>{{TEAM}} — {{PARTNER}}</li>{{/ONLY_FIRST}}</ul>
<h2>{{_:x-t=Only in run}} {{SECOND}} ({{ONLY_SECOND_COUNT}})</h2>
<ul>{{#ONLY_SECOND}}<li>{{TEAM}} — {{PARTNER}}</li>{{/ONLY_SECOND}}</ul>
<h2>{{_:x-t=In both}} ({{BOTH_COUNT}})</h2>
<ul>{{#BOTH}}<li>{{TEAM}} — {{PARTNER}}</li>{{/BOTH}}</ul>
