const Bandwidth = require('node-bandwidth');

const client = new Bandwidth({
  userId: 'YOUR_USER_ID',
  apiToken: 'YOUR_API_TOKEN',
  apiSecret: 'YOUR_API_SECRET',
  baseUrl: 'https://api.catapult.inetwork.com'
});

client.Message.sendMultiple([
  {
    from: '+19195551211',
    to: '+19195551213',
    text: 'Thank you for subscribing to Unicorn Enterprises!'
  },
  {
    from: '+19195551212',
    to: '+19195551214',
    text: 'Thank you for subscribing to Unicorn Enterprises!'
  }
], function (err, response) {
  if (err) {
    console.log(err);
  }
  else {
    response.forEach(function (item) {
      console.log(item.message.id);
    });
  }
});
