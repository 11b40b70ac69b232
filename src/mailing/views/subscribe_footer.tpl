{{%AUTOESCAPE context="HTML"}}<details class="subscribe-footer" id="subscribe">
<summary>{{_:x-t=Join the distribution list}}</summary>
<p>{{_:x-t=Calls for partnership and news of the program, by email, in English, French or Spanish.}}</p>
{{>FORM}}
</details>
