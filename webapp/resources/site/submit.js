// With JavaScript, the submission form shows how much of the upload has been sent. Without it,
// the form posts as it is and the browser follows the redirect to the status page.
(function () {
    var form = document.getElementById('submission-form');
    var status = document.getElementById('progress');
    if (!form || !status || !window.XMLHttpRequest || !window.FormData) {
        return;
    }
    form.addEventListener('submit', function (event) {
        if (!form.checkValidity()) {
            return;
        }
        event.preventDefault();
        var button = document.getElementById('send');
        var bar = document.createElement('progress');
        bar.max = 100;
        bar.value = 0;
        status.textContent = '';
        status.appendChild(bar);
        if (button) {
            button.disabled = true;
        }
        var xhr = new XMLHttpRequest();
        xhr.open('POST', form.action);
        xhr.setRequestHeader('Accept', 'text/html');
        xhr.upload.addEventListener('progress', function (e) {
            if (e.lengthComputable) {
                bar.value = Math.round(100 * e.loaded / e.total);
                bar.textContent = bar.value + '%';
            }
        });
        xhr.addEventListener('load', function () {
            window.location.assign(xhr.responseURL || form.action);
        });
        xhr.addEventListener('error', function () {
            if (button) {
                button.disabled = false;
            }
            status.textContent = "";
        });
        xhr.send(new FormData(form));
    });
})();
