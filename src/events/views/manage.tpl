{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Manage events}}</h1>
<p><a class="button" href="/manage/events/new">{{_:x-t=New event}}</a></p>
<figure>
<figcaption>{{_:x-t=Places taken, by event}}</figcaption>
<svg class="chart" role="img" aria-labelledby="places-chart-title" viewBox="0 0 320 {{CHART_HEIGHT}}" width="320" height="{{CHART_HEIGHT}}">
<title id="places-chart-title">{{_:x-t=Places taken, by event}}</title>
{{#EVENT}}<g transform="translate(0 {{BAR_Y}})"><rect x="0" y="0" width="200" height="14" fill="#e6e9ef"></rect><rect x="0" y="0" width="{{TAKEN_BAR}}" height="14" fill="#1f5fa8"></rect><text x="206" y="12" font-size="11">{{REGISTERED}} / {{CAPACITY}}</text></g>
{{/EVENT}}</svg>
</figure>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Events}}</caption>
<thead><tr><th scope="col">{{_:x-t=Event}}</th><th scope="col">{{_:x-t=Starts}}</th><th scope="col" class="num">{{_:x-t=Registered}}</th><th scope="col" class="num">{{_:x-t=Waiting}}</th><th scope="col" class="num">{{_:x-t=Places}}</th><th scope="col">{{_:x-t=Actions}}</th></tr></thead>
<tbody>{{#EVENT}}<tr><td><a href="/events/{{ID:u}}" lang="{{TITLE_LANG}}">{{TITLE}}</a>{{#CANCELLED}} · {{_:x-t=Cancelled}}{{/CANCELLED}}{{#DRAFT}} · {{_:x-t=Draft}}{{/DRAFT}}</td><td>{{STARTS}}</td><td class="num">{{REGISTERED}}</td><td class="num">{{WAITING}}</td><td class="num">{{CAPACITY}}</td>
<td><a href="/manage/events/{{ID:u}}/edit">{{_:x-t=Edit}}</a> · <a href="/manage/events/{{ID:u}}/registrations">{{_:x-t=Registrations and attendance}}</a></td></tr>{{/EVENT}}</tbody></table></div>
