{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/manage/mailing/subscribers">{{_:x-t=Subscribers}}</a></p>
<h1>{{EMAIL}}</h1>
{{>FORM_ERRORS}}
<dl class="details">
  <dt>{{_:x-t=Name}}</dt><dd>{{NAME}}</dd>
  <dt>{{_:x-t=Organisation}}</dt><dd>{{ORGANISATION}}</dd>
  <dt>{{_:x-t=Language}}</dt><dd>{{LANGUAGE}}</dd>
  <dt>{{_:x-t=Status}}</dt><dd>{{STATUS}}{{#BOUNCE}} ({{BOUNCE_REPLY}}){{/BOUNCE}}</dd>
  <dt>{{_:x-t=Added}}</dt><dd>{{CREATED}}</dd>
</dl>
<section aria-labelledby="topics-heading"><h2 id="topics-heading">{{_:x-t=Topics}}</h2>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=What the subscriber receives now}}</caption>
<thead><tr><th scope="col">{{_:x-t=Topic}}</th><th scope="col">{{_:x-t=State}}</th><th scope="col">{{_:x-t=Since}}</th><th scope="col">{{_:x-t=Consent ends}}</th></tr></thead>
<tbody>{{#TOPIC}}<tr><td>{{NAME}}</td><td>{{STATE}}</td><td>{{SINCE}}</td><td>{{EXPIRES}}</td></tr>{{/TOPIC}}</tbody></table></div>
</section>
<section aria-labelledby="ledger-heading"><h2 id="ledger-heading">{{_:x-t=Consent ledger}}</h2>
<p>{{_:x-t=Every request, grant and withdrawal of consent, with its evidence. Entries are never changed or removed.}}</p>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Consent events, oldest first}}</caption>
<thead><tr><th scope="col">{{_:x-t=When}}</th><th scope="col">{{_:x-t=Topic}}</th><th scope="col">{{_:x-t=Event}}</th><th scope="col">{{_:x-t=How}}</th><th scope="col">{{_:x-t=Consent}}</th><th scope="col">{{_:x-t=IP address}}</th><th scope="col">{{_:x-t=Source}}</th><th scope="col">{{_:x-t=Wording shown}}</th><th scope="col">{{_:x-t=Campaign}}</th><th scope="col">{{_:x-t=Recorded by}}</th></tr></thead>
<tbody>{{#EVENT}}<tr><td>{{AT}}</td><td>{{TOPIC}}</td><td>{{ACTION}}</td><td>{{METHOD}}</td><td>{{TYPE}}{{#EXPIRES}} ({{_:x-t=until}} {{EXPIRES_AT}}){{/EXPIRES}}</td><td>{{IP}}</td><td>{{SOURCE}}</td>
<td>{{#WORDING}}<details><summary>{{VERSION}} ({{WORDING_LANGUAGE}})</summary><p lang="{{WORDING_LANGUAGE}}" class="wording">{{TEXT}}</p></details>{{/WORDING}}</td>
<td>{{#CAMPAIGN}}<a href="/manage/mailing/campaigns/{{CAMPAIGN_ID:u}}/report">#{{CAMPAIGN_ID}}</a>{{/CAMPAIGN}}</td><td>{{RECORDED_BY}}</td></tr>{{/EVENT}}</tbody></table></div>
</section>
<section aria-labelledby="messages-heading"><h2 id="messages-heading">{{_:x-t=Messages}}</h2>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=List mail written to the subscriber, newest first}}</caption>
<thead><tr><th scope="col">{{_:x-t=Subject}}</th><th scope="col">{{_:x-t=Status}}</th><th scope="col">{{_:x-t=Written}}</th><th scope="col">{{_:x-t=Sent}}</th></tr></thead>
<tbody>{{#MESSAGE}}<tr><td>{{SUBJECT}}</td><td>{{STATUS}}</td><td>{{WRITTEN}}</td><td>{{SENT}}</td></tr>{{/MESSAGE}}</tbody></table></div>
</section>
{{#ADMIN}}<section aria-labelledby="access-heading"><h2 id="access-heading">{{_:x-t=Access and erasure}}</h2>
<p>{{_:x-t=Export the whole record when the subscriber asks for it; erase it when they ask to be forgotten.}}</p>
<p><a class="button secondary" href="/manage/mailing/subscribers/{{ID:u}}/export.json">{{_:x-t=Export as JSON}}</a> <a class="button secondary" href="/manage/mailing/subscribers/{{ID:u}}/export.csv">{{_:x-t=Export as CSV}}</a></p>
<form method="post" action="/manage/mailing/subscribers/{{ID:u}}/erase" data-confirm="{{_:x-t=Erase this subscriber for good?}}">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field checkbox"><input type="checkbox" id="confirm" name="confirm" value="yes"{{#INVALID_confirm}} aria-invalid="true"{{/INVALID_confirm}}><label for="confirm">{{_:x-t=The subscriber asked to be erased. Only a hash of the address will stay, so that it is never imported or written to again.}}</label>
  {{#INVALID_confirm}}<p class="field-error">{{ERROR_confirm}}</p>{{/INVALID_confirm}}</div>
  <button type="submit" class="button danger">{{_:x-t=Erase the subscriber}}</button>
</form></section>{{/ADMIN}}
