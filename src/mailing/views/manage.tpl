{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/manage">{{_:x-t=Manage site}}</a></p>
<h1>{{_:x-t=Distribution list}}</h1>
<p><a class="button" href="/manage/mailing/campaigns">{{_:x-t=Campaigns}}</a> <a class="button secondary" href="/manage/mailing/subscribers">{{_:x-t=Subscribers}}</a> <a class="button secondary" href="/manage/mailing/import">{{_:x-t=Import addresses}}</a>{{#ADMIN}} <a class="button secondary" href="/manage/mailing/sender">{{_:x-t=Sender identity}}</a>{{/ADMIN}}</p>
<ul class="figures">
  <li class="figure"><span class="amount">{{ACTIVE}}</span> <span class="label">{{_:x-t=subscribers receive mail}}</span></li>
  <li class="figure"><span class="amount">{{PENDING}}</span> <span class="label">{{_:x-t=await their confirmation}}</span></li>
  <li class="figure"><span class="amount">{{UNSUBSCRIBED}}</span> <span class="label">{{_:x-t=unsubscribed}}</span></li>
  <li class="figure"><span class="amount">{{BOUNCED}}</span> <span class="label">{{_:x-t=addresses bounced}}</span></li>
</ul>
<section aria-labelledby="growth-heading">
<h2 id="growth-heading">{{_:x-t=Growth of the list}}</h2>
<svg class="chart" viewBox="0 0 {{CHART_WIDTH}} 200" role="img" aria-labelledby="growth-chart-title">
  <title id="growth-chart-title">{{_:x-t=Subscribers on the list at the end of each month}}</title>
  {{#COLUMN}}<rect x="{{X}}" y="{{Y}}" width="36" height="{{HEIGHT}}" class="bar"></rect><text x="{{LABEL_X}}" y="{{VALUE_Y}}" class="bar-value">{{VALUE}}</text><text x="{{X}}" y="196" class="bar-label">{{LABEL}}</text>{{/COLUMN}}
</svg>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Subscribers who joined and left each month}}</caption>
<thead><tr><th scope="col">{{_:x-t=Month}}</th><th scope="col" class="num">{{_:x-t=Joined}}</th><th scope="col" class="num">{{_:x-t=Left}}</th><th scope="col" class="num">{{_:x-t=On the list}}</th></tr></thead>
<tbody>{{#MONTH}}<tr><td>{{LABEL}}</td><td class="num">{{JOINED}}</td><td class="num">{{LEFT}}</td><td class="num">{{TOTAL}}</td></tr>{{/MONTH}}</tbody></table></div>
</section>
