{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Confirm your subscription}}</h1>
{{>FORM_ERRORS}}
<p>{{SUMMARY}}</p>
<form method="post" action="/mailing/confirm">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="token" value="{{TOKEN}}">
  <button type="submit" class="button">{{_:x-t=Confirm my subscription}}</button>
</form>
