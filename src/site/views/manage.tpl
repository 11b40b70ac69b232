{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Manage site}}</h1>
<p><a class="button secondary" href="/manage/calls">{{_:x-t=Calls for partnership}}</a> <a class="button secondary" href="/manage/directory">{{_:x-t=Partner directory}}</a> <a class="button secondary" href="/manage/matching">{{_:x-t=Matching}}</a> <a class="button secondary" href="/manage/mailing">{{_:x-t=Distribution list}}</a> <a class="button secondary" href="/iati">{{_:x-t=IATI publication}}</a> <a class="button secondary" href="/manage/events">{{_:x-t=Events and missions}}</a> <a class="button secondary" href="/manage/resources">{{_:x-t=Resource library}}</a></p>
<p><a class="button secondary" href="/manage/envelope">{{_:x-t=Program envelope}}</a> <a class="button secondary" href="/manage/partnerships/overdue">{{_:x-t=Overdue work}}</a></p>
<section aria-labelledby="pages-heading">
<h2 id="pages-heading">{{_:x-t=Pages}}</h2>
<div class="table-scroll" tabindex="0"><table class="data-table">
<thead><tr><th scope="col">{{_:x-t=Title}}</th><th scope="col">{{_:x-t=Address}}</th><th scope="col">{{_:x-t=Languages}}</th><th scope="col">{{_:x-t=Updated}}</th><th scope="col"><span class="visually-hidden">{{_:x-t=Actions}}</span></th></tr></thead>
<tbody>{{#PAGE}}<tr><td lang="{{TITLE_LANG}}">{{TITLE}}</td><td><a href="/pages/{{SLUG:u}}">/pages/{{SLUG}}</a></td><td>{{LANGUAGES}}</td><td>{{UPDATED}}</td><td><a href="/manage/pages/{{SLUG:u}}/edit">{{_:x-t=Edit}}</a></td></tr>{{/PAGE}}</tbody>
</table></div>
<p><a class="button secondary" href="/manage/pages/new-page/edit">{{_:x-t=New page}}</a></p>
</section>
<section aria-labelledby="news-heading">
<h2 id="news-heading">{{_:x-t=News}}</h2>
<p><a class="button" href="/manage/news/new">{{_:x-t=Write a news post}}</a></p>
<div class="table-scroll" tabindex="0"><table class="data-table">
<thead><tr><th scope="col">{{_:x-t=Title}}</th><th scope="col">{{_:x-t=Status}}</th><th scope="col">{{_:x-t=Languages}}</th><th scope="col"><span class="visually-hidden">{{_:x-t=Actions}}</span></th></tr></thead>
<tbody>{{#POST}}<tr><td lang="{{TITLE_LANG}}"><a href="/news/{{SLUG:u}}">{{TITLE}}</a></td><td>{{STATUS}}</td><td>{{LANGUAGES}}</td><td><a href="/manage/news/{{ID:u}}/edit">{{_:x-t=Edit}}</a></td></tr>{{/POST}}</tbody>
</table></div>
</section>
