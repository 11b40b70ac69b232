{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Unsubscribe}}</h1>
{{>FORM_ERRORS}}
{{#SUBSCRIBED}}<p>{{SUMMARY}}</p>
<div class="actions">
{{#THESE}}<form method="post" action="/mailing/unsubscribe" class="inline">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="token" value="{{TOKEN}}"><input type="hidden" name="scope" value="link">
  <button type="submit" class="button">{{_:x-t=Stop these messages}} ({{THESE_TOPICS}})</button>
</form>{{/THESE}}
<form method="post" action="/mailing/unsubscribe" class="inline">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="token" value="{{TOKEN}}"><input type="hidden" name="scope" value="everything">
  <button type="submit" class="button {{#THESE}}secondary{{/THESE}}">{{_:x-t=Stop everything}}</button>
</form>
</div>
<p><a href="/mailing/preferences?token={{TOKEN:u}}">{{_:x-t=Change your topics or language instead}}</a></p>{{/SUBSCRIBED}}
{{#NOTHING}}<p>{{_:x-t=This address receives nothing from the distribution list.}}</p>
<p><a href="/mailing/subscribe">{{_:x-t=Join the distribution list}}</a></p>{{/NOTHING}}
