{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/manage">{{_:x-t=Manage site}}</a> › <a href="/manage/envelope">{{_:x-t=Program envelope}}</a></p>
<h1>{{_:x-t=Envelope dashboard}}</h1>
<p>{{_:x-t=Cash committed in the budget lines of partnerships under way, approved spending, the cash that remains and approved in-kind contributions, by fiscal year, country, programming area and partnership, in Canadian dollars. A partnership in several programming areas counts in each.}} <a href="/manage/envelope/dashboard.csv">CSV</a> · <a href="/manage/envelope/dashboard.xlsx">XLSX</a></p>
<h2 id="warnings-heading">{{_:x-t=Warnings}}</h2>
{{#NO_WARNINGS}}<p>{{_:x-t=No partnership and no fiscal year is over its budget or envelope.}}</p>{{/NO_WARNINGS}}
<ul id="warnings">{{#WARNING}}<li class="status-overdue">{{TEXT}}</li>{{/WARNING}}</ul>
{{#BREAKDOWN}}<h2 id="{{ID}}-heading">{{HEADING}}</h2>
{{>CHART}}
<div class="table-scroll" tabindex="0"><table class="data-table" id="{{ID}}"><caption>{{HEADING}}</caption>
<thead><tr><th scope="col">{{GROUP}}</th>{{#YEARS}}<th scope="col">{{_:x-t=Fiscal year}}</th>{{/YEARS}}<th scope="col" class="num">{{_:x-t=Committed}}</th><th scope="col" class="num">{{_:x-t=Approved spending}}</th><th scope="col" class="num">{{_:x-t=Cash remaining}}</th><th scope="col" class="num">{{_:x-t=Approved in kind}}</th></tr></thead>
<tbody>{{#ROW}}<tr{{#TOTAL}} class="total"{{/TOTAL}}><th scope="row">{{NAME}}</th>{{#YEARS}}<td>{{YEAR}}</td>{{/YEARS}}<td class="num">{{COMMITTED}}</td><td class="num">{{SPENT}}</td><td class="num">{{REMAINING}}{{#OVERSPENT}} <span class="status-overdue">{{_:x-t=over the budget}}</span>{{/OVERSPENT}}</td><td class="num">{{IN_KIND}}</td></tr>{{/ROW}}</tbody></table></div>
{{/BREAKDOWN}}
<h2 id="by-municipality-heading">{{_:x-t=In-kind contributions by municipality}}</h2>
{{#NO_MUNICIPALITIES}}<p>{{_:x-t=No in-kind contribution approved yet.}}</p>{{/NO_MUNICIPALITIES}}
<div class="table-scroll" tabindex="0"><table class="data-table" id="by-municipality"><caption>{{_:x-t=In-kind contributions by municipality}}</caption>
<thead><tr><th scope="col">{{_:x-t=Municipality}}</th><th scope="col" class="num">{{_:x-t=Approved in kind}}</th></tr></thead>
<tbody>{{#MUNICIPALITY_ROW}}<tr><th scope="row">{{NAME}}</th><td class="num">{{IN_KIND}}</td></tr>{{/MUNICIPALITY_ROW}}</tbody></table></div>
